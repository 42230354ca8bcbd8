import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { ORGANISATIONS, programme } from '@/testing/programme-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { NewProgrammeRoute } from './programme-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function posts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'POST');
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(screen.getByRole('option', { name: 'Solace' })).toBeInTheDocument());
  await user.type(screen.getByLabelText('Name'), 'Cyber Leaders');
  await user.type(screen.getByLabelText('Identifier'), 'Cyber-Leaders');
  await user.selectOptions(screen.getByLabelText('Theme'), 'Cyber, digital and technology');
  await user.selectOptions(screen.getByLabelText('Funder'), 'DCMS');
  await user.selectOptions(screen.getByLabelText('Delivering organisation'), 'Solace');
  await user.selectOptions(screen.getByLabelText('Audience'), 'Senior officers');
  await user.type(screen.getByLabelText('First financial year'), '2025-26');
}

describe('NewProgrammeRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('shows the API’s field errors in the error summary, each linked to its field, and on the fields', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? problemResponse(409, {
            title: 'Conflict',
            detail: 'There is already a programme with id cyber-leaders.',
            errors: [{ field: 'id', message: 'is taken by another programme; choose another id' }],
          })
        : jsonResponse(ORGANISATIONS),
    );
    const user = userEvent.setup();
    renderRoute(<NewProgrammeRoute />, { url: '/programmes/new' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Save programme' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is already a programme with id cyber-leaders.');
    expect(
      within(summary).getByRole('link', { name: 'Identifier is taken by another programme; choose another id' }),
    ).toHaveAttribute('href', '#id');
    expect(screen.getByLabelText('Identifier')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Identifier is taken by another programme'),
    );
    expect(document.title).toBe('Error: Add a programme – Sector Support');
    expect(await posts()[0].json()).toEqual({
      id: 'cyber-leaders',
      name: 'Cyber Leaders',
      theme: 'cyber-digital-technology',
      funder: 'dcms',
      deliveringOrganisation: 'solace',
      audience: 'senior-officers',
      activeFrom: '2025-26',
    });
  });

  it('marks each missing field the API names', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? problemResponse(400, {
            title: 'Bad Request',
            detail: 'The request has invalid fields.',
            errors: [
              { field: 'activeFrom', message: 'must not be blank' },
              { field: 'theme', message: 'must not be null' },
            ],
          })
        : jsonResponse(ORGANISATIONS),
    );
    const user = userEvent.setup();
    renderRoute(<NewProgrammeRoute />, { url: '/programmes/new' });
    await user.click(screen.getByRole('button', { name: 'Save programme' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'First financial year must not be blank' })).toHaveAttribute(
      'href',
      '#activeFrom',
    );
    expect(screen.getByLabelText('Theme').closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    expect(await posts()[0].json()).toEqual({});
  });

  it('goes to the new programme once it is saved', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? new Response(JSON.stringify(programme({ id: 'cyber-leaders', name: 'Cyber Leaders', version: 0 })), {
            status: 201,
            headers: { 'Content-Type': 'application/json', ETag: '"0"' },
          })
        : jsonResponse(ORGANISATIONS),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<NewProgrammeRoute />, { url: '/programmes/new' });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Save programme' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/programmes/cyber-leaders'));
  });
});
