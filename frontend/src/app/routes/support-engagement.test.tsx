import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { SupportEngagement } from '@/features/support-engagements/api/get-support-engagements';
import { accessToken, jsonResponse, noSurveyResponses, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { SupportEngagementRoute } from './support-engagement';
import { EditSupportEngagementRoute } from './support-engagement-edit';
import { SupportEngagementsRoute } from './support-engagements';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

function engagement(overrides: Partial<SupportEngagement> = {}): SupportEngagement {
  return {
    id: 17,
    programme: { id: 'mentoring', name: 'Member mentoring', theme: 'governance-and-leadership', themeLabel: 'Governance and leadership' },
    council: { gssCode: 'E06000017', name: 'Rutland' },
    region: 'east-midlands',
    type: 'mentoring',
    typeLabel: 'Mentoring',
    startDate: '2024-06-03',
    financialYear: '2024-25',
    daysDelivered: 6.5,
    leadAdviser: 'Sam Patel',
    organisation: { id: 'lga', name: 'LGA' },
    version: 3,
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

const PROGRAMMES = {
  items: [
    {
      id: 'mentoring',
      name: 'Member mentoring',
      theme: 'governance-and-leadership',
      themeLabel: 'Governance and leadership',
      funder: 'mhclg-grant',
      funderLabel: 'MHCLG grant',
      deliveringOrganisation: { id: 'lga', name: 'LGA' },
      audience: 'councillors',
      audienceLabel: 'Councillors',
      activeFrom: '2012-13',
      active: true,
      version: 0,
      updatedAt: '2025-01-01T00:00:00Z',
    },
  ],
  page: 1,
  size: 100,
  totalItems: 1,
  totalPages: 1,
};

function api(onPut: (request: Request) => Promise<Response> | Response, record = engagement()) {
  fetchMock.mockImplementation(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') return onPut(request);
    if (path === '/api/v1/support-engagements/17') {
      return new Response(JSON.stringify(record), {
        headers: { 'Content-Type': 'application/json', ETag: `"${record.version}"` },
      });
    }
    if (path === '/api/v1/programmes') return jsonResponse(PROGRAMMES);
    if (path === '/api/v1/support-engagements') return jsonResponse({ items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 });
    return noSurveyResponses(request) ?? jsonResponse({}, 404);
  });
}

function renderEngagement() {
  return renderRoute(<SupportEngagementRoute />, {
    route: '/support-engagements/:id',
    url: '/support-engagements/17',
    others: [{ path: '/support-engagements', element: <SupportEngagementsRoute /> }],
  });
}

function deletes() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'DELETE');
}

function puts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'PUT');
}

describe('SupportEngagementRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('shows the engagement with change links for staff', async () => {
    api(() => jsonResponse({}, 500));
    renderRoute(<SupportEngagementRoute />, { route: '/support-engagements/:id', url: '/support-engagements/17' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mentoring: Rutland' })).toBeInTheDocument();
    expect(screen.getByText('Days delivered').nextSibling).toHaveTextContent('6.5 days');
    expect(screen.getByText('End date').nextSibling).toHaveTextContent('Continuing');
    expect(screen.getByText('Lead adviser').nextSibling).toHaveTextContent('Sam Patel');
    expect(screen.getByRole('link', { name: 'Rutland' })).toHaveAttribute('href', '/councils/E06000017');
    // The link's text is "Change" plus the field, visually hidden.
    const changeDays = screen.getAllByRole('link').find((link) => link.textContent === 'Change days delivered');
    expect(changeDays).toHaveAttribute(
      'href',
      '/support-engagements/17/edit',
    );
  });

  it('shows others neither change links nor the names the API leaves out', async () => {
    roles.current = ['analyst'];
    const withoutName = engagement();
    delete withoutName.leadAdviser;
    api(() => jsonResponse({}, 500), withoutName);
    renderRoute(<SupportEngagementRoute />, { route: '/support-engagements/:id', url: '/support-engagements/17' });

    await screen.findByRole('heading', { level: 1, name: 'Mentoring: Rutland' });
    expect(screen.queryByText('Lead adviser')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Change/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See who changed what, and when' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete support engagement' })).not.toBeInTheDocument();
  });

  it('links staff to the change history, and deletes after asking, back to the list with a success banner', async () => {
    api(() => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    const { router } = renderEngagement();

    expect(await screen.findByRole('link', { name: 'See who changed what, and when' })).toHaveAttribute(
      'href',
      '/support-engagements/17/history',
    );
    await user.click(screen.getByRole('button', { name: 'Delete support engagement' }));
    expect(screen.getByTestId('confirm-delete')).toHaveTextContent('Delete the support engagement “Mentoring: Rutland”?');
    expect(deletes()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, delete the support engagement' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Support engagements' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/support-engagements');
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveTextContent('Support engagement deleted: Mentoring: Rutland');
    expect(new URL(deletes()[0].url).pathname).toBe('/api/v1/support-engagements/17');
    expect(deletes()[0].headers.get('If-Match')).toBe('"3"');
  });

  it('shows why an engagement with survey responses cannot be deleted (409)', async () => {
    const detail = 'Support engagement 17 has 2 survey response(s), which would be deleted with it; delete those first.';
    api(() => problemResponse(409, { title: 'Conflict', detail }));
    const user = userEvent.setup();
    const { router } = renderEngagement();

    await user.click(await screen.findByRole('button', { name: 'Delete support engagement' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the support engagement' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
    expect(router.state.location.pathname).toBe('/support-engagements/17');
  });

  it('says when someone else changed the engagement first (412) and reads it again on request', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed' }));
    const user = userEvent.setup();
    renderEngagement();

    await user.click(await screen.findByRole('button', { name: 'Delete support engagement' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the support engagement' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    const reads = () =>
      fetchMock.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/support-engagements/17').length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Reload the support engagement' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when there is no such engagement', async () => {
    fetchMock.mockResolvedValue(problemResponse(404, { title: 'Not Found', detail: 'There is no support engagement with id 5.' }));
    renderRoute(<SupportEngagementRoute />, { route: '/support-engagements/:id', url: '/support-engagements/5' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Support engagement not found' })).toBeInTheDocument();
  });
});

describe('EditSupportEngagementRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('saves the whole record with the ETag it read as If-Match', async () => {
    api(async () =>
      new Response(JSON.stringify(engagement({ daysDelivered: 8, version: 4 })), {
        headers: { 'Content-Type': 'application/json', ETag: '"4"' },
      }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<EditSupportEngagementRoute />, {
      route: '/support-engagements/:id/edit',
      url: '/support-engagements/17/edit',
    });

    const days = await screen.findByLabelText('Days delivered');
    expect(days).toHaveValue('6.5');
    expect(screen.getByLabelText('Mentoring')).toBeChecked();
    expect(screen.getByLabelText('Programme')).toHaveValue('mentoring');
    await user.clear(days);
    await user.type(days, '8');
    await user.type(screen.getByLabelText('End date'), '2025-03-14');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(puts()).toHaveLength(1));
    const [request] = puts();
    expect(new URL(request.url).pathname).toBe('/api/v1/support-engagements/17');
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({
      council: 'E06000017',
      programme: 'mentoring',
      type: 'mentoring',
      startDate: '2024-06-03',
      endDate: '2025-03-14',
      daysDelivered: 8,
      leadAdviser: 'Sam Patel',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/support-engagements/17'));
  });

  it('says when someone else changed it (412) and reads it again on request', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }));
    const user = userEvent.setup();
    renderRoute(<EditSupportEngagementRoute />, {
      route: '/support-engagements/:id/edit',
      url: '/support-engagements/17/edit',
    });

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    const reads = () =>
      fetchMock.mock.calls.filter(([r]) => new URL(r.url).pathname === '/api/v1/support-engagements/17' && r.method === 'GET')
        .length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Reload the support engagement' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
