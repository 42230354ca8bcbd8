import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { metric } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { MetricRoute } from './metric';
import { EditMetricRoute } from './metric-edit';
import { MetricHistoryRoute } from './metric-history';
import { NewMetricRoute } from './metric-new';
import { MetricsRoute } from './metrics';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['admin'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

const SATISFIED = metric({
  key: 'leadership-delegates-satisfied',
  label: 'Leadership delegates satisfied',
  section: 'Leadership',
  position: 130,
  kind: 'survey-percentage',
  kindLabel: 'Percentage of survey responses',
  unit: 'per-cent',
  definition: {
    activity: 'survey-response',
    theme: 'governance-and-leadership',
    surveySubjects: ['event', 'cohort'],
    question: 'satisfaction',
    answers: ['4', '5'],
  },
  sentence: '{value} of delegates were satisfied with our leadership programmes',
  version: 2,
});

const METRICS = [
  metric(),
  metric({ key: 'peer-days', label: 'Days given by peers', kind: 'days-sum', kindLabel: 'Sum of days', unit: 'days', position: 80, definition: { activity: 'team-member', ratePerDay: 1000 } }),
  SATISFIED,
];

const PROGRAMMES = [
  { id: 'next-generation', name: 'Next Generation', theme: 'governance-and-leadership', themeLabel: 'Governance and leadership' },
  { id: 'ignite', name: 'Ignite', theme: 'workforce', themeLabel: 'Workforce' },
];

/** Answers the metrics' reads; `onWrite` answers the PUT. */
function api(onWrite: (request: Request) => Promise<Response> | Response = () => jsonResponse({}, 500)) {
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') return onWrite(request);
    if (path === '/api/v1/metrics') return jsonResponse(METRICS);
    if (path === '/api/v1/programmes') return jsonResponse({ items: PROGRAMMES, page: 1, size: 100, totalItems: 2, totalPages: 1 });
    if (path === '/api/v1/metrics/leadership-delegates-satisfied/history') {
      return jsonResponse([
        { occurredAt: '2026-11-30T09:15:02Z', actor: 'admin', action: 'updated', version: 2, changes: [{ field: 'label', from: 'Delegates satisfied', to: 'Leadership delegates satisfied' }] },
      ]);
    }
    const found = METRICS.find((candidate) => path === `/api/v1/metrics/${candidate.key}`);
    if (found) return new Response(JSON.stringify(found), { headers: { 'Content-Type': 'application/json', ETag: `"${found.version}"` } });
    return problemResponse(404, { title: 'Not Found' });
  });
}

function puts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'PUT');
}

function renderEdit() {
  return renderRoute(<EditMetricRoute />, {
    route: '/metrics/:key/edit',
    url: '/metrics/leadership-delegates-satisfied/edit',
    others: [{ path: '/metrics/:key', element: <MetricRoute /> }],
  });
}

describe('Metrics pages', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['admin'];
  });

  it('lists the metrics by section, with “Add a metric” for administrators only', async () => {
    api();
    renderRoute(<MetricsRoute />, { route: '/metrics', url: '/metrics' });
    const peer = await screen.findByRole('table', { name: 'Peer challenge' });
    const rows = within(peer).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'Councils engaged in a CPC, FPC or GPC' })).toHaveAttribute(
      'href',
      '/metrics/councils-engaged-in-cpc-fpc-gpc',
    );
    expect(rows[1]).toHaveTextContent('Sum of days');
    expect(screen.getByRole('table', { name: 'Leadership' })).toHaveTextContent('Leadership delegates satisfied');
    expect(screen.getByRole('button', { name: 'Add a metric' })).toHaveAttribute('href', '/metrics/new');
  });

  it('shows staff the metrics read-only', async () => {
    roles.current = ['staff'];
    api();
    renderRoute(<MetricsRoute />, { route: '/metrics', url: '/metrics' });
    await screen.findByRole('table', { name: 'Peer challenge' });
    expect(screen.queryByRole('button', { name: 'Add a metric' })).not.toBeInTheDocument();
    expect(screen.getByText(/Only administrators can change them/)).toBeInTheDocument();

    renderRoute(<MetricRoute />, { route: '/metrics/:key', url: '/metrics/leadership-delegates-satisfied' });
    await screen.findByRole('heading', { level: 1, name: 'Leadership delegates satisfied' });
    expect(screen.queryByRole('link', { name: /^Change/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See who changed what, and when' })).toHaveAttribute('href', '/metrics/leadership-delegates-satisfied/history');
  });

  it('shows what a metric counts, in words', async () => {
    api();
    renderRoute(<MetricRoute />, { route: '/metrics/:key', url: '/metrics/leadership-delegates-satisfied' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Leadership delegates satisfied' })).toBeInTheDocument();
    const value = (key: string) => screen.getByText(key, { selector: 'dt' }).nextSibling;
    expect(value('Kind')).toHaveTextContent('Percentage of survey responses');
    expect(value('Records counted')).toHaveTextContent('Survey responses, by their submitted date');
    expect(value('Theme')).toHaveTextContent('Governance and leadership');
    expect(value('Survey responses about')).toHaveTextContent('Events, Cohorts');
    expect(value('Answers that count')).toHaveTextContent('4 – satisfied, 5 – very satisfied');
    expect(value('Sentence')).toHaveTextContent('{value} of delegates were satisfied with our leadership programmes');
    expect(screen.getByRole('link', { name: /^Change\s*label/ })).toHaveAttribute('href', '/metrics/leadership-delegates-satisfied/edit');
  });

  it('changes a metric’s label with the ETag it read, then shows it with a success banner', async () => {
    let body: unknown;
    api(async (request) => {
      body = await request.json();
      return new Response(JSON.stringify({ ...SATISFIED, label: 'Delegates satisfied', version: 3 }), {
        headers: { 'Content-Type': 'application/json', ETag: '"3"' },
      });
    });
    const user = userEvent.setup();
    const { router } = renderEdit();

    const label = await screen.findByLabelText('Label');
    expect(screen.getByLabelText('Survey question')).toHaveValue('satisfaction');
    expect(screen.getByLabelText('4 – satisfied')).toBeChecked();
    expect(screen.getByLabelText('3 – neither')).not.toBeChecked();
    await user.clear(label);
    await user.type(label, 'Delegates satisfied');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/metrics/leadership-delegates-satisfied'));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Metric changed: Delegates satisfied is now version 3');
    const [request] = puts();
    expect(new URL(request.url).pathname).toBe('/api/v1/metrics/leadership-delegates-satisfied');
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(body).toEqual({
      label: 'Delegates satisfied',
      section: 'Leadership',
      position: 130,
      kind: 'survey-percentage',
      unit: 'per-cent',
      definition: {
        activity: 'survey-response',
        theme: 'governance-and-leadership',
        surveySubjects: ['event', 'cohort'],
        question: 'satisfaction',
        answers: ['4', '5'],
      },
      sentence: '{value} of delegates were satisfied with our leadership programmes',
    });
  });

  it('shows only the definition fields that fit the kind, and sends only those', async () => {
    let body: { kind?: string; unit?: string; definition?: unknown } = {};
    api(async (request) => {
      body = (await request.json()) as typeof body;
      return jsonResponse(SATISFIED);
    });
    const user = userEvent.setup();
    renderEdit();

    await screen.findByLabelText('Survey question');
    expect(screen.queryByLabelText('Base metric')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind'), 'change-on-previous-year');
    expect(screen.queryByLabelText('Survey question')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Records counted')).not.toBeInTheDocument();
    const base = screen.getByLabelText('Base metric');
    expect(within(base).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a metric',
      'Councils engaged in a CPC, FPC or GPC',
      'Days given by peers',
    ]);

    await user.selectOptions(screen.getByLabelText('Kind'), 'days-sum');
    expect(screen.getByLabelText('Unit')).toHaveValue('days');
    const activity = screen.getByLabelText('Records counted');
    expect(within(activity).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual(['', 'team-member', 'support-engagement']);
    await user.selectOptions(activity, 'team-member');
    expect(screen.getByRole('group', { name: 'Team roles' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Officer peer'));
    await user.type(screen.getByLabelText('Saving per day in pounds (optional)'), '1,000');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(body.kind).toBe('days-sum');
    expect(body.unit).toBe('days');
    expect(body.definition).toEqual({ activity: 'team-member', teamRoles: ['officer-peer'], ratePerDay: 1000 });
  });

  it('shows the API’s field errors in the summary, each linked to its field', async () => {
    api(() =>
      problemResponse(400, {
        title: 'Bad Request',
        errors: [
          { field: 'definition.answers', message: 'is needed: the answers that count' },
          { field: 'sentence', message: 'must contain {value}' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderEdit();
    await screen.findByLabelText('Survey question');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Answers that count is needed: the answers that count' })).toHaveAttribute(
      'href',
      '#definition-answers',
    );
    expect(within(summary).getByRole('link', { name: 'Sentence must contain {value}' })).toHaveAttribute('href', '#sentence');
    expect(screen.getByRole('group', { name: /Answers that count/ })).toHaveTextContent('Error: Answers that count is needed');
    expect(document.title).toBe('Error: Change metric – Sector Support');
  });

  it('says when someone else changed the metric first (412) and reads it again', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed' }));
    const user = userEvent.setup();
    renderEdit();
    await screen.findByLabelText('Survey question');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    const reads = () => fetchMock.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/metrics/leadership-delegates-satisfied').length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Reload the metric' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
  });

  it('adds a metric under a new key, without If-Match, and says when the key is taken', async () => {
    let answer: Response = jsonResponse({ ...metric({ key: 'be-a-councillor-events', label: 'Be a Councillor events' }) }, 201);
    api(() => answer);
    const user = userEvent.setup();
    const { router } = renderRoute(<NewMetricRoute />, {
      route: '/metrics/new',
      url: '/metrics/new',
      others: [{ path: '/metrics/:key', element: <p>Metric page</p> }],
    });

    await user.type(await screen.findByLabelText('Key'), 'Be-A-Councillor-Events');
    await user.type(screen.getByLabelText('Label'), 'Be a Councillor events');
    await user.type(screen.getByLabelText('Section'), 'Leadership');
    await user.selectOptions(screen.getByLabelText('Kind'), 'record-count');
    await user.selectOptions(screen.getByLabelText('Records counted'), 'event');
    await waitFor(() => expect(screen.getByLabelText('Ignite')).toBeInTheDocument());
    await user.click(screen.getByLabelText('Next Generation'));
    await user.type(screen.getByLabelText('Sentence'), '{{value} Be a Councillor events were held');

    answer = problemResponse(428, { title: 'Precondition Required' });
    await user.click(screen.getByRole('button', { name: 'Add the metric' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Key is already used by another metric' })).toHaveAttribute('href', '#key');
    const [request] = puts();
    expect(new URL(request.url).pathname).toBe('/api/v1/metrics/be-a-councillor-events');
    expect(request.headers.has('If-Match')).toBe(false);
    expect(await request.json()).toMatchObject({
      kind: 'record-count',
      unit: 'records',
      definition: { activity: 'event', programmes: ['next-generation'] },
      sentence: '{value} Be a Councillor events were held',
    });

    answer = jsonResponse(metric({ key: 'be-a-councillor-events', label: 'Be a Councillor events' }), 201);
    await user.click(screen.getByRole('button', { name: 'Add the metric' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/metrics/be-a-councillor-events'));
  });

  it('lists a metric’s changes, oldest first', async () => {
    api();
    renderRoute(<MetricHistoryRoute />, { route: '/metrics/:key/history', url: '/metrics/leadership-delegates-satisfied/history' });
    const table = await screen.findByRole('table', { name: 'Changes, oldest first' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('label: Delegates satisfied → Leadership delegates satisfied');
    expect(screen.getByRole('link', { name: 'Back to the metric' })).toHaveAttribute('href', '/metrics/leadership-delegates-satisfied');
  });
});
