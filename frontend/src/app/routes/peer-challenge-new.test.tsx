import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse, peerChallenge, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { NewPeerChallengeRoute } from './peer-challenge-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function posts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'POST');
}

const COTSWOLD = { gssCode: 'E07000079', name: 'Cotswold' };

describe('NewPeerChallengeRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('shows the API’s field errors in the error summary, each linked to its field, and on the fields', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? problemResponse(400, {
            title: 'Bad Request',
            detail: 'The request has invalid parameters.',
            errors: [
              { field: 'type', message: 'is required' },
              { field: 'onSiteEndDate', message: 'must be on or after onSiteStartDate' },
            ],
          })
        : new URL(request.url).pathname === '/api/v1/councils'
          ? jsonResponse({ items: [COTSWOLD], page: 1, size: 10, totalItems: 1, totalPages: 1 })
          : jsonResponse({ council: COTSWOLD, peerChallenges: [], predecessors: [] }),
    );
    const user = userEvent.setup();
    renderRoute(<NewPeerChallengeRoute />, { url: '/peer-challenges/new' });

    await user.type(screen.getByLabelText('Council'), 'Cotsw');
    await user.click(await screen.findByText('Cotswold (E07000079)'));
    await user.type(screen.getByLabelText('First day on site'), '2025-03-12');
    await user.type(screen.getByLabelText('Last day on site'), '2025-03-10');
    await user.click(screen.getByRole('button', { name: 'Save peer challenge' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Type is required' })).toHaveAttribute('href', '#type');
    expect(
      within(summary).getByRole('link', { name: 'Last day on site must be on or after onSiteStartDate' }),
    ).toHaveAttribute('href', '#onSiteEndDate');
    expect(screen.getByLabelText('Last day on site')).toHaveAccessibleDescription(
      'Error: Last day on site must be on or after onSiteStartDate',
    );
    expect(screen.getByLabelText('Last day on site').closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    expect(document.title).toBe('Error: Record a peer challenge – Sector Support');

    const body = await posts()[0].json();
    expect(body).toMatchObject({ council: 'E07000079', onSiteStartDate: '2025-03-12', onSiteEndDate: '2025-03-10' });
  });

  it('goes to the new challenge once it is saved', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? new Response(JSON.stringify(peerChallenge({ id: 77 })), {
            status: 201,
            headers: { 'Content-Type': 'application/json', ETag: '"0"' },
          })
        : jsonResponse({ council: COTSWOLD, peerChallenges: [], predecessors: [] }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<NewPeerChallengeRoute />, { url: '/peer-challenges/new?council=E07000079' });

    // The council from the address is shown by name once it has loaded.
    expect(await screen.findByLabelText('Council')).toHaveValue('Cotswold (E07000079)');
    await user.selectOptions(screen.getByLabelText('Type'), 'Corporate Peer Challenge');
    await user.click(screen.getByLabelText('Governance and culture'));
    await user.click(screen.getByRole('button', { name: 'Save peer challenge' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/peer-challenges/77'));
    expect(await posts()[0].json()).toMatchObject({
      council: 'E07000079',
      type: 'cpc',
      focusAreas: ['governance-and-culture'],
    });
  });
});
