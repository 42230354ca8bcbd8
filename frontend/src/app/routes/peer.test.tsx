import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { peerView } from '@/testing/peer-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { PeerRoute } from './peer';
import { EditPeerRoute } from './peer-edit';
import { PeersRoute } from './peers';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

/** Answers the peer's read with ETag "3", the lists after a delete, and `onWrite` for a PUT or DELETE. */
function api(onWrite: (request: Request) => Response | Promise<Response>) {
  fetchMock.mockImplementation(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'PUT' || request.method === 'DELETE') return onWrite(request);
    if (path === '/api/v1/peers/17') {
      return new Response(JSON.stringify(peerView()), { headers: { 'Content-Type': 'application/json', ETag: '"3"' } });
    }
    if (path === '/api/v1/peers') return jsonResponse({ items: [], page: 1, size: 25, totalItems: 0, totalPages: 0 });
    return jsonResponse({}, 404);
  });
}

function writes(method: string) {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === method);
}

function renderPeer() {
  return renderRoute(<PeerRoute />, {
    route: '/peers/:id',
    url: '/peers/17',
    others: [{ path: '/peers', element: <PeersRoute /> }],
  });
}

describe('PeerRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('shows every field the API returns, with change links, and no diversity data', async () => {
    api(() => jsonResponse({}, 500));
    renderPeer();

    expect(await screen.findByRole('heading', { level: 1, name: 'Cllr Alex Morgan' })).toBeInTheDocument();
    const details = document.querySelector('dl.govuk-summary-list') as HTMLElement;
    expect(details).toHaveTextContent('Member peer');
    expect(details).toHaveTextContent('Labour');
    expect(details).toHaveTextContent('Leader of the Council');
    expect(details).toHaveTextContent('Accredited 15 June 2021');
    expect(details).toHaveTextContent('Yes, active');
    expect(within(details).getByRole('link', { name: 'County Durham' })).toHaveAttribute('href', '/councils/E06000047');
    expect(within(details).getByRole('link', { name: 'alex.morgan@example.org' })).toHaveAttribute(
      'href',
      'mailto:alex.morgan@example.org',
    );
    const changes = within(details).getAllByRole('link', { name: /^Change/ });
    expect(changes.map((link) => link.textContent)).toContain('Change name');
    expect(changes.map((link) => link.getAttribute('href'))).toEqual(changes.map(() => '/peers/17/edit'));
    expect(details).not.toHaveTextContent(/sex|ethnic|female|white/i);
    expect(screen.getByRole('link', { name: 'See who changed what, and when' })).toHaveAttribute('href', '/peers/17/history');
    expect(document.title).toBe('Cllr Alex Morgan – Peers – Sector Support');
  });

  it('deletes a peer who never served, with the ETag it read, and goes back to the list', async () => {
    api(() => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    const { router } = renderPeer();

    await user.click(await screen.findByRole('button', { name: 'Delete peer' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the peer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Peers' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/peers');
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveTextContent('Peer deleted: Cllr Alex Morgan');
    expect(writes('DELETE')[0].headers.get('If-Match')).toBe('"3"');
  });

  it('says why a peer who served on a team cannot be deleted (409)', async () => {
    const detail = 'This peer has served on 2 peer challenge team(s), which must keep their record; mark the peer inactive instead.';
    api(() => problemResponse(409, { title: 'Conflict', detail }));
    const user = userEvent.setup();
    const { router } = renderPeer();

    await user.click(await screen.findByRole('button', { name: 'Delete peer' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the peer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
    expect(router.state.location.pathname).toBe('/peers/17');
  });

  it('says so when there is no such peer', async () => {
    fetchMock.mockResolvedValue(problemResponse(404, { title: 'Not Found', detail: 'There is no peer with id 5.' }));
    renderRoute(<PeerRoute />, { route: '/peers/:id', url: '/peers/5' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Peer not found' })).toBeInTheDocument();
  });
});

describe('EditPeerRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  function renderEdit() {
    return renderRoute(<EditPeerRoute />, { route: '/peers/:id/edit', url: '/peers/17/edit' });
  }

  it('saves the whole record with the ETag it read, leaving unanswered diversity questions out', async () => {
    api(() => new Response(JSON.stringify(peerView({ active: false, version: 4 })), {
      headers: { 'Content-Type': 'application/json', ETag: '"4"' },
    }));
    const user = userEvent.setup();
    const { router } = renderEdit();

    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Cllr Alex Morgan');
    expect(screen.getByLabelText('Member peer')).toBeChecked();
    expect(screen.getByLabelText('Political group')).toHaveValue('labour');
    expect(screen.getByLabelText('Home council')).toHaveValue('County Durham (E06000047)');
    expect(screen.getByLabelText('Yes, active')).toBeChecked();
    // What is recorded about diversity is never read back, so nothing is chosen.
    for (const radio of screen.getAllByRole('radio').filter((r) => ['sex', 'ethnicGroup'].includes((r as HTMLInputElement).name))) {
      expect(radio).not.toBeChecked();
    }
    await user.click(screen.getByLabelText('No, inactive'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(writes('PUT')).toHaveLength(1));
    const [request] = writes('PUT');
    expect(new URL(request.url).pathname).toBe('/api/v1/peers/17');
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({
      kind: 'member',
      name: 'Cllr Alex Morgan',
      jobTitle: 'Leader of the Council',
      politicalGroup: 'labour',
      homeCouncil: 'E06000047',
      email: 'alex.morgan@example.org',
      phone: '01632 960123',
      accreditationDate: '2021-06-15',
      active: false,
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/peers/17'));
  });

  it('says when someone else changed the peer (412) and reads them again on request', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }));
    const user = userEvent.setup();
    renderEdit();

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    const reads = () =>
      fetchMock.mock.calls.filter(([r]) => new URL(r.url).pathname === '/api/v1/peers/17' && r.method === 'GET').length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Reload the peer' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
