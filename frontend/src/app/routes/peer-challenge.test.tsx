import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse, noSurveyResponses, peerChallenge, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { PeerChallengeRoute } from './peer-challenge';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

const TEAM = { peerChallengeId: 42, members: [], totalPeerDays: 0, estimatedSaving: 0, version: 3 };
const SUGGESTIONS = { peerChallengeId: 42, financialYear: '2024-25', excludedCouncils: [], items: [] };

/** Answers the page's reads; `onWrite` answers the writes. */
function api(onWrite: (request: Request) => Promise<Response> | Response, challenge = peerChallenge()) {
  fetchMock.mockImplementation(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') return onWrite(request);
    if (path === '/api/v1/peer-challenges/42') {
      return new Response(JSON.stringify(challenge), {
        headers: { 'Content-Type': 'application/json', ETag: `"${challenge.version}"` },
      });
    }
    if (path.endsWith('/team')) return jsonResponse(TEAM);
    if (path.endsWith('/peer-suggestions')) return jsonResponse(SUGGESTIONS);
    return noSurveyResponses(request) ?? jsonResponse({}, 404);
  });
}

function writes() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method !== 'GET');
}

describe('PeerChallengeRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('shows the challenge with its derived figures and a button for each allowed move', async () => {
    api(() => jsonResponse({}, 500), peerChallenge({ teamSize: 3, totalPeerDays: 12.5, estimatedSaving: 12500, firstCpc: true }));
    renderRoute(<PeerChallengeRoute />, { route: '/peer-challenges/:id', url: '/peer-challenges/42' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Corporate Peer Challenge: Cotswold' })).toBeInTheDocument();
    expect(screen.getByText('12.5 days')).toBeInTheDocument();
    expect(screen.getByText('£12,500')).toBeInTheDocument();
    expect(screen.getByText('First CPC for the council').nextSibling).toHaveTextContent('Yes');
    const actions = screen.getByTestId('status-actions');
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Mark as scoped',
      'Cancel peer challenge',
    ]);
    expect(screen.getByRole('link', { name: 'See who changed what, and when' })).toHaveAttribute(
      'href',
      '/peer-challenges/42/history',
    );
  });

  it('sends the ETag it read as If-Match and shows the new status', async () => {
    api(async () => {
      const moved = peerChallenge({ status: 'scoped', statusLabel: 'Scoped', allowedTransitions: ['scheduled', 'cancelled'], version: 4 });
      return new Response(JSON.stringify(moved), {
        headers: { 'Content-Type': 'application/json', ETag: '"4"' },
      });
    });
    const user = userEvent.setup();
    renderRoute(<PeerChallengeRoute />, { route: '/peer-challenges/:id', url: '/peer-challenges/42' });

    await user.click(await screen.findByRole('button', { name: 'Mark as scoped' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    const [request] = writes();
    expect(new URL(request.url).pathname).toBe('/api/v1/peer-challenges/42/transitions');
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({ to: 'scoped' });
    expect(await screen.findByRole('button', { name: 'Mark as scheduled' })).toBeInTheDocument();
  });

  it('says when someone else changed it (412) and reads it again on request', async () => {
    api(() =>
      problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }),
    );
    const user = userEvent.setup();
    renderRoute(<PeerChallengeRoute />, { route: '/peer-challenges/:id', url: '/peer-challenges/42' });

    await user.click(await screen.findByRole('button', { name: 'Mark as scoped' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Someone else has changed this record since you opened it');
    const reads = fetchMock.mock.calls.filter(([r]) => new URL(r.url).pathname === '/api/v1/peer-challenges/42').length;
    await user.click(screen.getByRole('button', { name: 'Reload the peer challenge' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.filter(([r]) => new URL(r.url).pathname === '/api/v1/peer-challenges/42').length).toBe(
        reads + 1,
      ),
    );
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows a broken rule (409) with the fields to put right', async () => {
    api(() =>
      problemResponse(409, {
        title: 'Conflict',
        detail: 'The peer challenge cannot move to scheduled until the fields listed are put right.',
        errors: [{ field: 'onSiteStartDate', message: 'is required once the challenge is scheduled' }],
      }),
      peerChallenge({ status: 'scoped', statusLabel: 'Scoped', allowedTransitions: ['scheduled', 'cancelled'] }),
    );
    const user = userEvent.setup();
    renderRoute(<PeerChallengeRoute />, { route: '/peer-challenges/:id', url: '/peer-challenges/42' });

    await user.click(await screen.findByRole('button', { name: 'Mark as scheduled' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('cannot move to scheduled until the fields listed are put right');
    expect(summary).toHaveTextContent('onSiteStartDate is required once the challenge is scheduled');
  });

  it('asks for the publication date when publishing the report', async () => {
    api(async () => jsonResponse(peerChallenge({ status: 'report-published', allowedTransitions: [] })), peerChallenge({
      status: 'report-drafted',
      statusLabel: 'Report drafted',
      allowedTransitions: ['report-published', 'cancelled'],
    }));
    const user = userEvent.setup();
    renderRoute(<PeerChallengeRoute />, { route: '/peer-challenges/:id', url: '/peer-challenges/42' });

    const date = await screen.findByLabelText('Report publication date');
    await user.clear(date);
    await user.type(date, '2025-05-20');
    await user.click(screen.getByRole('button', { name: 'Mark report as published' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(await writes()[0].json()).toEqual({ to: 'report-published', date: '2025-05-20' });
  });
});
