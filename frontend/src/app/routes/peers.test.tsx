import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, councilDetail, jsonResponse, problemResponse } from '@/testing/fixtures';
import { peerView } from '@/testing/peer-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { PeersRoute } from './peers';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

const OFFICER = peerView({
  id: 18,
  kind: 'officer',
  kindLabel: 'Officer peer',
  name: 'Jo Officer',
  politicalGroup: undefined,
  jobTitle: 'Chief Executive',
  accreditationDate: undefined,
  accredited: false,
  active: false,
});

function listCalls() {
  return fetchMock.mock.calls.map(([request]) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/peers');
}

describe('PeersRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/councils/E06000047') {
        return jsonResponse(councilDetail({ gssCode: 'E06000047', name: 'County Durham', predecessors: [] }));
      }
      return jsonResponse({ items: [peerView(), OFFICER], page: 2, size: 25, totalItems: 27, totalPages: 2 });
    });
  });

  it('asks the API for the filters in the URL and shows the page it returns, without diversity data', async () => {
    renderRoute(<PeersRoute />, { url: '/peers?kind=member&accredited=true&council=E06000047&q=Morgan&page=2' });

    expect(await screen.findByText('Showing 26 to 27 of 27 peers')).toBeInTheDocument();
    expect(Object.fromEntries(listCalls()[0].searchParams)).toEqual({
      q: 'Morgan',
      kind: 'member',
      council: 'E06000047',
      accredited: 'true',
      page: '2',
      size: '25',
    });

    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('link', { name: 'Cllr Alex Morgan' })).toHaveAttribute('href', '/peers/17');
    expect(rows[0]).toHaveTextContent('Member peer');
    expect(rows[0]).toHaveTextContent('Labour');
    expect(rows[0]).toHaveTextContent('County Durham');
    expect(rows[0]).toHaveTextContent('Accredited 15 June 2021');
    expect(rows[0]).toHaveTextContent('Active');
    expect(rows[1]).toHaveTextContent('Chief Executive');
    expect(rows[1]).toHaveTextContent('Not accredited');
    expect(rows[1]).toHaveTextContent('Inactive');
    expect(screen.getByRole('table')).not.toHaveTextContent(/female|male|ethnic|white|asian/i);

    // The filters show what the address asks for, the council by name.
    expect(screen.getByLabelText('Name contains')).toHaveValue('Morgan');
    expect(screen.getByLabelText('Kind of peer')).toHaveValue('member');
    expect(screen.getByLabelText('Accreditation')).toHaveValue('true');
    expect(screen.getByLabelText('Home council')).toHaveValue('County Durham (E06000047)');
    const pagination = screen.getByRole('navigation', { name: 'Peers pages' });
    expect(within(pagination).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'href',
      '/peers?q=Morgan&kind=member&council=E06000047&accredited=true',
    );
    expect(screen.getByRole('button', { name: 'Record a peer' })).toHaveAttribute('href', '/peers/new');
  });

  it('puts the chosen filters in the address, back on page 1', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<PeersRoute />, { url: '/peers?page=2' });
    await screen.findByText('Showing 26 to 27 of 27 peers');

    await user.selectOptions(screen.getByLabelText('Kind of peer'), 'officer');
    await user.selectOptions(screen.getByLabelText('Available for teams'), 'false');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?kind=officer&active=false'));
    await waitFor(() => expect(listCalls().at(-1)?.searchParams.get('active')).toBe('false'));
  });

  it('shows a bad filter from the address against its field', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid parameters.',
        errors: [{ field: 'accredited', message: 'must be true or false' }],
      }),
    );
    renderRoute(<PeersRoute />, { url: '/peers?accredited=perhaps' });

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Accreditation must be true or false' })).toHaveAttribute(
      'href',
      '#accredited',
    );
    expect(document.title).toBe('Error: Peers – Sector Support');
  });
});
