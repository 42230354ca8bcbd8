import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { figureRecord, metric, recordPage } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ReportFigureRoute } from './report-figure';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['analyst']) }, isAuthenticated: true }),
}));

const RECORDS = '/api/v1/reports/annual/2024-25/figures';

function api(metricBody: ReturnType<typeof metric>, records: (url: URL) => Response) {
  fetchMock.mockImplementation(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === `/api/v1/metrics/${metricBody.key}`) return jsonResponse(metricBody);
    if (url.pathname.startsWith(RECORDS)) return records(url);
    return jsonResponse({}, 404);
  });
}

function recordReads() {
  return fetchMock.mock.calls.map(([request]) => new URL(request.url)).filter((url) => url.pathname.startsWith(RECORDS));
}

function renderFigure(url: string) {
  return renderRoute(<ReportFigureRoute />, { route: '/reports/:year/figures/:metricKey', url });
}

describe('ReportFigureRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('lists the councils behind a figure with their count, each linked to its council, a page at a time', async () => {
    api(metric(), () =>
      jsonResponse(
        recordPage(
          [figureRecord(), figureRecord({ ref: 'council:E07000079', id: 'E07000079', label: 'Cotswold', council: { gssCode: 'E07000079', name: 'Cotswold' }, records: 1 })],
          { totalItems: 67, totalPages: 3 },
        ),
      ),
    );
    renderFigure('/reports/2024-25/figures/councils-engaged-in-cpc-fpc-gpc?councils=current&region=north-west');

    expect(await screen.findByRole('heading', { level: 1, name: 'Councils engaged in a CPC, FPC or GPC' })).toBeInTheDocument();
    expect(await screen.findByTestId('results-summary')).toHaveTextContent('67 councils are counted in this figure');
    expect(screen.getByText('Annual report 2024-25, North West')).toBeInTheDocument();
    expect(screen.getByText(/Councils counted: today’s councils/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Records behind “Councils engaged in a CPC, FPC or GPC”, 2024-25, page 1/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('RecordTypeDateRecords counted');
    expect(within(rows[1]).getByRole('link', { name: 'Cumberland' })).toHaveAttribute('href', '/councils/E06000063');
    expect(rows[1]).toHaveTextContent('14 October 2024');
    expect(rows[1]).toHaveTextContent('2');
    const query = recordReads()[0];
    expect(query.pathname).toBe(`${RECORDS}/councils-engaged-in-cpc-fpc-gpc/records`);
    expect(Object.fromEntries(query.searchParams)).toEqual({ councils: 'current', region: 'north-west', page: '1', size: '25' });

    const pages = screen.getByRole('navigation', { name: 'Pages of records' });
    expect(within(pages).getByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'href',
      '/reports/2024-25/figures/councils-engaged-in-cpc-fpc-gpc?councils=current&region=north-west&page=2',
    );
    expect(screen.getByRole('link', { name: 'Back to the annual report' })).toHaveAttribute(
      'href',
      '/reports?year=2024-25&councils=current&region=north-west',
    );
  });

  it('links each kind of record to its page where the app has one', async () => {
    api(metric({ key: 'mixed', kind: 'record-count', unit: 'records' }), () =>
      jsonResponse(
        recordPage([
          figureRecord({ ref: 'peer-challenge:1402', type: 'peer-challenge', id: '1402', label: 'CPC, Cumberland', records: 1 }),
          figureRecord({ ref: 'event:311', type: 'event', id: '311', label: 'Finance for portfolio holders', council: undefined, records: 1 }),
          figureRecord({ ref: 'support-engagement:17', type: 'support-engagement', id: '17', label: 'mentoring, Cumberland', records: 1 }),
          figureRecord({ ref: 'survey-response:314', type: 'survey-response', id: '314', label: 'Response about a event: 5', records: 1 }),
          figureRecord({ ref: 'enrolment:3051', type: 'enrolment', id: '3051', label: 'NGDP cohort 25', records: 1 }),
        ]),
      ),
    );
    renderFigure('/reports/2024-25/figures/mixed');

    expect(await screen.findByTestId('results-summary')).toHaveTextContent('5 records are counted in this figure');
    expect(screen.getByRole('link', { name: 'CPC, Cumberland' })).toHaveAttribute('href', '/peer-challenges/1402');
    expect(screen.getByRole('link', { name: 'Finance for portfolio holders' })).toHaveAttribute('href', '/events/311');
    expect(screen.getByRole('link', { name: 'mentoring, Cumberland' })).toHaveAttribute('href', '/support-engagements/17');
    expect(screen.getByRole('link', { name: 'Response about a event: 5' })).toHaveAttribute('href', '/survey-responses/314');
    expect(screen.queryByRole('link', { name: 'NGDP cohort 25' })).not.toBeInTheDocument();
    expect(screen.getByText('NGDP cohort 25').closest('tr')).toHaveTextContent('Enrolment');
    // The council each record is about.
    expect(screen.getAllByRole('link', { name: 'Cumberland' })[0]).toHaveAttribute('href', '/councils/E06000063');
  });

  it('lists a percentage’s numerator, or on request its denominator', async () => {
    api(metric({ key: 'satisfied', kind: 'survey-percentage', unit: 'per-cent', label: 'Councils satisfied' }), (url) =>
      jsonResponse(
        recordPage([figureRecord({ ref: 'survey-response:1', type: 'survey-response', id: '1', label: 'Response about a peer challenge: 4', records: 1 })], {
          totalItems: url.searchParams.get('part') === 'denominator' ? 100 : 96,
        }),
      ),
    );
    const user = userEvent.setup();
    renderFigure('/reports/2024-25/figures/satisfied');

    expect(await screen.findByTestId('results-summary')).toHaveTextContent('96 records are counted towards this percentage');
    expect(recordReads()[0].searchParams.has('part')).toBe(false);
    const parts = screen.getByRole('navigation', { name: 'Part of the percentage' });
    expect(within(parts).getByRole('link', { name: 'Those counted towards the percentage' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(parts).getByRole('link', { name: 'All those it is a percentage of' }));
    await waitFor(() => expect(screen.getByTestId('results-summary')).toHaveTextContent('100 records are in the whole the percentage is of'));
    expect(recordReads().at(-1)?.searchParams.get('part')).toBe('denominator');
  });

  it('lists the records of a sum of days with their days', async () => {
    api(metric({ key: 'peer-days', kind: 'days-sum', unit: 'days', label: 'Peer days' }), () =>
      jsonResponse(
        recordPage([figureRecord({ ref: 'team-member:9', type: 'team-member', id: '9', label: 'officer peer on the CPC of Cumberland', days: 4.5, records: 1 })]),
      ),
    );
    renderFigure('/reports/2024-25/figures/peer-days');
    expect(await screen.findByTestId('results-summary')).toHaveTextContent('1 record is behind this figure (it is the sum of their days)');
    expect(screen.getByRole('table')).toHaveTextContent('4.5 days');
    expect(screen.getByText('officer peer on the CPC of Cumberland').closest('tr')).toHaveTextContent('Team place');
  });

  it('does not ask for the people behind an aggregate-only share, and says why', async () => {
    api(metric({ key: 'officer-peers-female', kind: 'attribute-share', unit: 'per-cent', label: 'Officer peers who identified as female' }), () =>
      problemResponse(400, { title: 'Bad Request' }),
    );
    renderFigure('/reports/2024-25/figures/officer-peers-female');
    expect(await screen.findByTestId('no-records')).toHaveTextContent('published in aggregate only: its people are not listed');
    expect(recordReads()).toHaveLength(0);
  });

  it('says when there is no such metric', async () => {
    fetchMock.mockResolvedValue(problemResponse(404, { title: 'Not Found', detail: 'There is no metric with key gone.' }));
    renderFigure('/reports/2024-25/figures/gone');
    expect(await screen.findByRole('heading', { level: 1, name: 'Figure not found' })).toBeInTheDocument();
    expect(document.title).toBe('Figure not found – Sector Support');
  });
});
