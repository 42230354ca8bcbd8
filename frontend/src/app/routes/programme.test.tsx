import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { financialYearOf } from '@/lib/financial-year';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { deliverable, page, programme } from '@/testing/programme-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ProgrammeRoute } from './programme';
import { ProgrammesRoute } from './programmes';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

const COUNT = deliverable({
  id: 11,
  statement: 'Place 110 aspiring chief executives',
  targetValue: 1030,
  targetUnit: 'count',
  targetUnitLabel: 'Count',
  metricKey: 'ignite-places',
  version: 0,
});

/** Answers the page's reads; `onWrite` answers the writes. */
function api(onWrite: (request: Request) => Promise<Response> | Response = () => jsonResponse({}, 500), items = [deliverable(), COUNT]) {
  fetchMock.mockImplementation(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') return onWrite(request);
    if (path === '/api/v1/programmes/ignite') {
      return new Response(JSON.stringify(programme()), { headers: { 'Content-Type': 'application/json', ETag: '"2"' } });
    }
    if (path === '/api/v1/deliverables') return jsonResponse(page(items));
    if (path === '/api/v1/programmes') return jsonResponse(page([]));
    return jsonResponse({}, 404);
  });
}

function renderProgramme() {
  return renderRoute(<ProgrammeRoute />, {
    route: '/programmes/:id',
    url: '/programmes/ignite',
    others: [{ path: '/programmes', element: <ProgrammesRoute /> }],
  });
}

function deletes() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'DELETE');
}

function deliverableQueries() {
  return fetchMock.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/deliverables');
}

describe('ProgrammeRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('shows the details and this financial year’s targets, with links to the programme’s records', async () => {
    api();
    renderRoute(<ProgrammeRoute />, { route: '/programmes/:id', url: '/programmes/ignite' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ignite' })).toBeInTheDocument();
    expect(screen.getByText('Delivering organisation').nextSibling).toHaveTextContent('Solace');
    expect(screen.getByText('Active years').nextSibling).toHaveTextContent('2016-17 onwards');
    expect(document.title).toBe('Ignite – Programmes – Sector Support');

    const current = financialYearOf(new Date());
    const table = await screen.findByRole('table', { name: `Targets for ${current}` });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('90 per cent of chief executives report increased confidence');
    expect(within(rows[1]).getAllByRole('cell')[0]).toHaveTextContent('90%');
    expect(within(rows[2]).getAllByRole('cell')[0]).toHaveTextContent('1,030');
    expect(rows[2]).toHaveTextContent('ignite-places');
    const query = deliverableQueries()[0].searchParams;
    expect(query.get('programme')).toBe('ignite');
    expect(query.get('financialYear')).toBe(current);

    const records = screen.getByTestId('programme-records');
    expect(within(records).getByRole('link', { name: /^Events/ })).toHaveAttribute('href', '/events?programme=ignite');
    expect(within(records).getByRole('link', { name: /^Cohorts/ })).toHaveAttribute('href', '/cohorts?programme=ignite');
    expect(within(records).getByRole('link', { name: /^Support engagements/ })).toHaveAttribute(
      'href',
      '/support-engagements?programme=ignite',
    );
    expect(screen.getByRole('button', { name: `Add a target for ${current}` })).toHaveAttribute(
      'href',
      `/programmes/ignite/deliverables/new?financialYear=${current}`,
    );
    expect(within(rows[1]).getByRole('button', { name: /^Change/ })).toHaveAttribute(
      'href',
      '/programmes/ignite/deliverables/12/edit',
    );
    expect(screen.getByRole('link', { name: 'See who changed what, and when' })).toHaveAttribute('href', '/programmes/ignite/history');
  });

  it('shows the year the URL names, and another year once chosen', async () => {
    api();
    const user = userEvent.setup();
    const { router } = renderRoute(<ProgrammeRoute />, { route: '/programmes/:id', url: '/programmes/ignite?financialYear=2019-20' });

    expect(await screen.findByRole('table', { name: 'Targets for 2019-20' })).toBeInTheDocument();
    expect(deliverableQueries()[0].searchParams.get('financialYear')).toBe('2019-20');
    await user.selectOptions(screen.getByLabelText('Financial year'), '2018-19');
    await user.click(screen.getByRole('button', { name: 'Show targets' }));
    await waitFor(() => expect(router.state.location.search).toBe('?financialYear=2018-19'));
  });

  it('removes a target after asking, sending the version it read as If-Match', async () => {
    api(() => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    renderRoute(<ProgrammeRoute />, { route: '/programmes/:id', url: '/programmes/ignite?financialYear=2025-26' });

    const table = await screen.findByRole('table', { name: 'Targets for 2025-26' });
    await user.click(within(table).getAllByRole('button', { name: /^Remove/ })[1]);
    expect(screen.getByTestId('remove-deliverable')).toHaveTextContent('Remove the 2025-26 target “Place 110 aspiring chief executives”?');
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));

    await waitFor(() => expect(screen.getByText('Target removed: Place 110 aspiring chief executives')).toBeInTheDocument());
    const [request] = fetchMock.mock.calls.map(([r]) => r).filter((r) => r.method === 'DELETE');
    expect(new URL(request.url).pathname).toBe('/api/v1/deliverables/11');
    expect(request.headers.get('If-Match')).toBe('"0"');
  });

  it('says when someone else changed the target first (412) and reads the targets again', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }));
    const user = userEvent.setup();
    renderRoute(<ProgrammeRoute />, { route: '/programmes/:id', url: '/programmes/ignite?financialYear=2025-26' });

    const table = await screen.findByRole('table', { name: 'Targets for 2025-26' });
    await user.click(within(table).getAllByRole('button', { name: /^Remove/ })[0]);
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    const reads = deliverableQueries().length;
    await user.click(screen.getByRole('button', { name: 'Reload the deliverables' }));
    await waitFor(() => expect(deliverableQueries().length).toBe(reads + 1));
    expect(screen.queryByTestId('remove-deliverable')).not.toBeInTheDocument();
  });

  it('shows partners and analysts the targets without the buttons that change them', async () => {
    roles.current = ['partner'];
    api();
    renderRoute(<ProgrammeRoute />, { route: '/programmes/:id', url: '/programmes/ignite?financialYear=2025-26' });

    const table = await screen.findByRole('table', { name: 'Targets for 2025-26' });
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Add a target/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Change/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See who changed what, and when' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete programme' })).not.toBeInTheDocument();
  });

  it('deletes the programme after asking, with the ETag it read, and shows the catalogue with a success banner', async () => {
    api(() => new Response(null, { status: 204 }), []);
    const user = userEvent.setup();
    const { router } = renderProgramme();

    await user.click(await screen.findByRole('button', { name: 'Delete programme' }));
    expect(screen.getByTestId('confirm-delete')).toHaveTextContent('Delete the programme “Ignite”?');
    expect(deletes()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, delete the programme' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Programmes' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/programmes');
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveTextContent('Programme deleted: Ignite');
    expect(new URL(deletes()[0].url).pathname).toBe('/api/v1/programmes/ignite');
    expect(deletes()[0].headers.get('If-Match')).toBe('"2"');
  });

  it('explains that a programme something refers to is ended, not deleted (409)', async () => {
    const detail =
      'The programme Ignite cannot be deleted: 2 deliverables, 1 event refer to it and must keep it. To retire the ' +
      'programme, end it instead: set activeTo to the last financial year it runs.';
    api(() => problemResponse(409, { title: 'Conflict', detail }));
    const user = userEvent.setup();
    const { router } = renderProgramme();

    await user.click(await screen.findByRole('button', { name: 'Delete programme' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the programme' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(detail);
    expect(router.state.location.pathname).toBe('/programmes/ignite');
  });

  it('says when someone else changed the programme first (412) and reads it again on request', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed' }));
    const user = userEvent.setup();
    renderProgramme();

    await user.click(await screen.findByRole('button', { name: 'Delete programme' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the programme' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    const reads = () => fetchMock.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/programmes/ignite').length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Reload the programme' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when there are no targets for the year, or no such programme', async () => {
    api(undefined, []);
    renderRoute(<ProgrammeRoute />, { route: '/programmes/:id', url: '/programmes/ignite?financialYear=2017-18' });
    expect(await screen.findByTestId('no-deliverables')).toHaveTextContent('No targets are recorded for 2017-18.');

    fetchMock.mockImplementation(async () => problemResponse(404, { title: 'Not Found', detail: 'There is no programme with id gone.' }));
    renderRoute(<ProgrammeRoute />, { route: '/programmes/:id', url: '/programmes/gone' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Programme not found' })).toBeInTheDocument();
  });
});
