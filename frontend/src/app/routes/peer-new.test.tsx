import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { peerView } from '@/testing/peer-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { NewPeerRoute } from './peer-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

/** Answers the council search; `onPost` answers the save. */
function api(onPost: () => Response) {
  fetchMock.mockImplementation(async (request: Request) => {
    if (request.method === 'POST') return onPost();
    if (new URL(request.url).pathname === '/api/v1/councils') {
      return jsonResponse({ items: [{ gssCode: 'E06000047', name: 'County Durham' }], page: 1, size: 10, totalItems: 1, totalPages: 1 });
    }
    return jsonResponse({}, 404);
  });
}

function posts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'POST');
}

describe('NewPeerRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('records a peer, with the optional diversity answers, and opens them', async () => {
    api(() => new Response(JSON.stringify(peerView({ id: 99 })), { status: 201, headers: { 'Content-Type': 'application/json', ETag: '"0"' } }));
    const user = userEvent.setup();
    const { router } = renderRoute(<NewPeerRoute />, { url: '/peers/new' });

    await user.click(screen.getByLabelText('Member peer'));
    await user.type(screen.getByLabelText('Name'), 'Cllr Alex Morgan');
    await user.selectOptions(screen.getByLabelText('Political group'), 'Labour');
    await user.type(screen.getByLabelText('Home council'), 'Durham');
    await user.click(await screen.findByText('County Durham (E06000047)'));
    await user.type(screen.getByLabelText('Email address (optional)'), 'alex.morgan@example.org');
    await user.type(screen.getByLabelText('Accreditation date (optional)'), '2021-06-15');
    await user.click(screen.getByLabelText('Female'));
    await user.click(screen.getByLabelText('Prefer not to say', { selector: '#ethnicGroup-6' }));
    await user.click(screen.getByRole('button', { name: 'Save peer' }));

    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(await posts()[0].json()).toEqual({
      kind: 'member',
      name: 'Cllr Alex Morgan',
      politicalGroup: 'labour',
      homeCouncil: 'E06000047',
      email: 'alex.morgan@example.org',
      accreditationDate: '2021-06-15',
      active: true,
      sex: 'female',
      ethnicGroup: 'prefer-not-to-say',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/peers/99'));
  });

  it('shows what the API found wrong, in the summary and on each field', async () => {
    api(() =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'name', message: 'must not be blank' },
          { field: 'politicalGroup', message: 'is required for a member peer' },
          { field: 'homeCouncil', message: 'must not be blank' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderRoute(<NewPeerRoute />, { url: '/peers/new' });

    await user.click(screen.getByLabelText('Member peer'));
    await user.click(screen.getByRole('button', { name: 'Save peer' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Name must not be blank' })).toHaveAttribute('href', '#name');
    expect(within(summary).getByRole('link', { name: 'Political group is required for a member peer' })).toHaveAttribute(
      'href',
      '#politicalGroup',
    );
    expect(within(summary).getByRole('link', { name: 'Home council must not be blank' })).toHaveAttribute('href', '#homeCouncil');
    expect(screen.getByLabelText('Political group')).toHaveClass('govuk-select--error');
    expect(document.title).toBe('Error: Record a peer – Sector Support');
    // What was chosen stays.
    expect(screen.getByLabelText('Member peer')).toBeChecked();
  });
});
