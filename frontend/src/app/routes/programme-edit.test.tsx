import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { ORGANISATIONS, programme } from '@/testing/programme-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { EditProgrammeRoute } from './programme-edit';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function api(onWrite: (request: Request) => Promise<Response> | Response, read = () => programme()) {
  fetchMock.mockImplementation(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') return onWrite(request);
    if (path === '/api/v1/organisations') return jsonResponse(ORGANISATIONS);
    const current = read();
    return new Response(JSON.stringify(current), {
      headers: { 'Content-Type': 'application/json', ETag: `"${current.version}"` },
    });
  });
}

function puts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'PUT');
}

describe('EditProgrammeRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('starts from the programme as read and saves it whole with If-Match', async () => {
    api(async (request) => jsonResponse({ ...programme({ activeTo: '2025-26', version: 3 }), ...(await request.clone().json()) }));
    const user = userEvent.setup();
    const { router } = renderRoute(<EditProgrammeRoute />, { route: '/programmes/:id/edit', url: '/programmes/ignite/edit' });

    expect(await screen.findByLabelText('Name')).toHaveValue('Ignite');
    expect(screen.queryByLabelText('Identifier')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Delivering organisation')).toHaveValue('solace'));
    expect(screen.getByLabelText('Audience')).toHaveValue('chief-executives');
    await user.type(screen.getByLabelText('Last financial year (optional)'), '2025-26');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programmes/ignite'));
    const [request] = puts();
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(await request.json()).toEqual({
      name: 'Ignite',
      theme: 'workforce',
      funder: 'self-funded',
      deliveringOrganisation: 'solace',
      audience: 'chief-executives',
      description: 'Solace’s programme for chief executives and aspiring chief executives.',
      activeFrom: '2016-17',
      activeTo: '2025-26',
    });
  });

  it('says when someone else changed it (412) and shows their version on reload', async () => {
    let version = 2;
    api(
      () => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }),
      () => programme({ version, name: version === 2 ? 'Ignite' : 'Ignite (renamed)' }),
    );
    const user = userEvent.setup();
    renderRoute(<EditProgrammeRoute />, { route: '/programmes/:id/edit', url: '/programmes/ignite/edit' });

    await screen.findByLabelText('Name');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');

    version = 3;
    await user.click(screen.getByRole('button', { name: 'Reload the programme' }));
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Ignite (renamed)'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(puts()).toHaveLength(2));
    expect(puts()[1].headers.get('If-Match')).toBe('"3"');
  });
});
