import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { financialYearOf } from '@/lib/financial-year';
import { REGIONS } from '@/lib/reference-data';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { annualReport, snapshot } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ReportsRoute } from './reports';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

const REPORT = /^\/api\/v1\/reports\/annual\/(\d{4}-\d{2})$/;
const REGIONS_OF = /^\/api\/v1\/reports\/annual\/(\d{4}-\d{2})\/figures\/([a-z0-9-]+)\/regions$/;

/** Answers the dashboard's reads (a region's report has each value halved); `onWrite` answers the writes. */
function api(onWrite: (request: Request) => Promise<Response> | Response = () => jsonResponse({}, 500), snapshots = [snapshot()]) {
  fetchMock.mockImplementation(async (request: Request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') return onWrite(request);
    const year = REPORT.exec(url.pathname)?.[1];
    if (year && url.searchParams.get('format') === 'csv') {
      return new Response('financialYear,councils\n2024-25,as-at\n', { headers: { 'Content-Type': 'text/csv' } });
    }
    if (year) {
      const report = annualReport(year);
      const region = url.searchParams.get('region');
      if (region) {
        report.region = region as never;
        for (const section of report.sections) {
          for (const figure of section.figures) if (figure.value !== undefined) figure.value = Math.round(figure.value / 2);
        }
      }
      return jsonResponse(report);
    }
    const regions = REGIONS_OF.exec(url.pathname);
    if (regions) {
      // Each region has half the England figure.
      const [, year, metricKey] = regions;
      const figure = annualReport(year)
        .sections.flatMap((section) => section.figures)
        .find((candidate) => candidate.metricKey === metricKey);
      return jsonResponse({
        metricKey,
        metricVersion: 1,
        label: figure?.label,
        kind: figure?.kind,
        unit: figure?.unit,
        councils: url.searchParams.get('councils') ?? 'as-at',
        financialYear: year,
        points: REGIONS.map((region) => ({
          region: region.value,
          regionLabel: region.text,
          value: figure?.value === undefined ? undefined : Math.round(figure.value / 2),
        })),
      });
    }
    if (url.pathname === '/api/v1/reports/annual/2024-25/snapshots') return jsonResponse(snapshots);
    return jsonResponse({}, 404);
  });
}

function reportReads() {
  return fetchMock.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => REPORT.test(url.pathname))
    .map((url) => `${url.pathname.split('/').pop()}${url.search}`);
}

function regionReads() {
  return fetchMock.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => REGIONS_OF.test(url.pathname))
    .map((url) => `${url.pathname}${url.search}`);
}

function renderDashboard(url = '/reports?year=2024-25') {
  return renderRoute(<ReportsRoute />, { route: '/reports', url });
}

// Charts of many figures render slowly in jsdom, more so on a busy machine: a roomier limit than the default.
describe('ReportsRoute', { timeout: 60_000 }, () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('shows the year’s headline figures by section: value, unit, target status and the year before', async () => {
    api();
    renderDashboard();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sector support in 2024-25' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Peer challenge' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Leadership' })).toBeInTheDocument();
    expect(document.title).toBe('Annual report 2024-25 – Sector Support');
    expect(screen.getByTestId('report-scope')).toHaveTextContent('All of England. Councils as they were in the financial year.');

    const engaged = screen.getByTestId('figure-councils-engaged-in-cpc-fpc-gpc');
    expect(within(engaged).getByRole('heading', { level: 3 })).toHaveTextContent('Councils engaged in a CPC, FPC or GPC');
    expect(within(engaged).getByTestId('figure-value')).toHaveTextContent('67 councils');
    expect(within(engaged).getByText('No target')).toHaveClass('govuk-tag--grey');
    expect(within(engaged).getByTestId('figure-previous')).toHaveTextContent('2023-24: 66');

    const delivered = screen.getByTestId('figure-peer-challenges-delivered');
    expect(within(delivered).getByText('Target not met')).toHaveClass('govuk-tag--red');
    expect(delivered).toHaveTextContent('Target: 70');

    const published = screen.getByTestId('figure-peer-challenge-reports-published-within-5-months');
    expect(within(published).getByTestId('figure-value')).toHaveTextContent('99.6 per cent');
    expect(published).toHaveTextContent('249 of 250');
    expect(within(published).getByText('Target met')).toHaveClass('govuk-tag--green');
    expect(published).toHaveTextContent('Target: 90 per cent');
    expect(within(published).getByTestId('figure-previous')).toHaveTextContent('2023-24: 82 per cent');

    const days = screen.getByTestId('figure-peer-days');
    expect(within(days).getByTestId('figure-value')).toHaveTextContent('1,500 days');
    expect(days).toHaveTextContent('Estimated saving c. £1.5 million');

    const satisfied = screen.getByTestId('figure-next-generation-delegates-satisfied');
    expect(within(satisfied).getByTestId('figure-value')).toHaveTextContent('No figure');
    expect(satisfied).toHaveTextContent('No figure: nothing to take a percentage of in 2024-25');
    expect(within(satisfied).queryByRole('link', { name: /^Records behind this figure/ })).not.toBeInTheDocument();
  });

  it('links each figure to the records behind it, but not an aggregate-only share', async () => {
    api();
    renderDashboard('/reports?year=2024-25&councils=current');

    const engaged = await screen.findByTestId('figure-councils-engaged-in-cpc-fpc-gpc');
    expect(within(engaged).getByRole('link', { name: 'Records behind this figure: Councils engaged in a CPC, FPC or GPC' })).toHaveAttribute(
      'href',
      '/reports/2024-25/figures/councils-engaged-in-cpc-fpc-gpc?councils=current',
    );
    const female = screen.getByTestId('figure-officer-peers-female');
    expect(within(female).queryByRole('link', { name: /^Records behind this figure/ })).not.toBeInTheDocument();
    expect(female).toHaveTextContent('From self-reported data; published in aggregate only');
    expect(screen.getByRole('link', { name: 'Printable report for 2024-25' })).toHaveAttribute('href', '/reports/2024-25/print?councils=current');
    expect(screen.getByRole('link', { name: 'Peer challenge report for 2024-25' })).toHaveAttribute(
      'href',
      '/reports/2024-25/peer-challenges?councils=current',
    );
  });

  it('draws each figure’s five-year trend from every other year’s report, with the values in a table', async () => {
    api();
    const user = userEvent.setup();
    renderDashboard('/reports?year=2026-27');

    const trend = await screen.findByTestId('trend-councils-engaged-in-cpc-fpc-gpc');
    expect(reportReads().sort()).toEqual(['2022-23?councils=as-at', '2024-25?councils=as-at', '2026-27?councils=as-at']);
    expect(within(trend).getByText('Trend, 2022-23 to 2026-27')).toBeInTheDocument();
    await user.click(within(trend).getByText('Show the data as a table'));
    const table = within(trend).getByRole('table', { name: 'Councils engaged in a CPC, FPC or GPC, 2022-23 to 2026-27' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    // Each year's own value (67 + its distance from 2024-25), the odd years from the year after's previousValue.
    expect(rows).toEqual(['2022-2365', '2023-2466', '2024-2567', '2025-2668', '2026-2769']);

    const published = screen.getByTestId('trend-peer-challenge-reports-published-within-5-months');
    await user.click(within(published).getByText('Show the data as a table'));
    expect(within(published).getAllByRole('row')[2]).toHaveTextContent('2023-2482 per cent');
    const none = screen.getByTestId('trend-next-generation-delegates-satisfied');
    expect(within(none).getAllByRole('row')[1]).toHaveTextContent('2022-23No figure');
  });

  it('reads the regions only once a figure is chosen, then shows it in each region as a chart and a table', async () => {
    api();
    const user = userEvent.setup();
    const { router } = renderDashboard();

    await screen.findByTestId('figure-peer-days');
    expect(screen.getByText('Choose a figure to see it in each of the nine regions.')).toBeInTheDocument();
    expect(reportReads().some((read) => read.includes('region='))).toBe(false);

    await user.selectOptions(screen.getByLabelText('Figure'), 'peer-days');
    await user.click(screen.getByRole('button', { name: 'Show the breakdown' }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2024-25&breakdown=peer-days'));
    expect(router.state.location.hash).toBe('#breakdown');

    const breakdown = await screen.findByTestId('region-breakdown');
    expect(reportReads().some((read) => read.includes('region='))).toBe(false);
    expect(regionReads()).toEqual(['/api/v1/reports/annual/2024-25/figures/peer-days/regions?councils=as-at']);
    await user.click(within(breakdown).getByText('Show the data as a table'));
    const table = within(breakdown).getByRole('table', { name: 'Days given by peers, and the saving to the sector by region, 2024-25' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toHaveTextContent('North East750');
    expect(rows[8]).toHaveTextContent('South West750');
  });

  it('offers a figure card’s breakdown as a link, and none when the report is of one region', async () => {
    api();
    renderDashboard('/reports?year=2024-25&region=london');
    const days = await screen.findByTestId('figure-peer-days');
    expect(within(days).queryByRole('link', { name: /^Break down by region/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('report-scope')).toHaveTextContent('London only.');
    expect(screen.getByRole('link', { name: 'show all of England' })).toHaveAttribute('href', '/reports?year=2024-25');
    expect(reportReads().every((read) => read.endsWith('region=london'))).toBe(true);
  });

  it('links a figure card to its breakdown by region', async () => {
    api();
    renderDashboard('/reports?year=2024-25');
    const card = await screen.findByTestId('figure-peer-days');
    expect(within(card).getByRole('link', { name: 'Break down by region: Days given by peers, and the saving to the sector' })).toHaveAttribute(
      'href',
      '/reports?year=2024-25&breakdown=peer-days#breakdown',
    );
  });

  it('shows the deliverables against their targets with progress and status', async () => {
    api();
    renderDashboard();
    const table = await screen.findByRole('table', { name: 'Targets for 2024-25 and progress against them' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Deliver 70 corporate, finance and governance peer challenges');
    expect(rows[0]).toHaveTextContent('64 of 70');
    expect(rows[0]).toHaveTextContent('91.4%');
    expect(within(rows[0]).getByText('Not met')).toHaveClass('govuk-tag--red');
    expect(rows[1]).toHaveTextContent('98 per cent against 95 per cent');
    expect(within(rows[1]).getByText('Met')).toHaveClass('govuk-tag--green');
    expect(within(rows[0]).getByRole('link', { name: 'Corporate Peer Challenge' })).toHaveAttribute('href', '/programmes/corporate-peer-challenge');
  });

  it('shows another year, how councils are counted and a region once chosen', async () => {
    api();
    const user = userEvent.setup();
    const { router } = renderDashboard();
    await screen.findByTestId('figure-peer-days');
    await user.selectOptions(screen.getByLabelText('Financial year'), '2023-24');
    await user.click(screen.getByLabelText('Today’s councils'));
    await user.selectOptions(screen.getByLabelText('Region'), 'south-west');
    await user.click(screen.getByRole('button', { name: 'Show the report' }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2023-24&councils=current&region=south-west'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sector support in 2023-24' })).toBeInTheDocument();
    await waitFor(() => expect(reportReads()).toContain('2023-24?councils=current&region=south-west'));
  });

  it('opens on this financial year', async () => {
    api();
    renderDashboard('/reports');
    const current = financialYearOf(new Date());
    expect(await screen.findByRole('heading', { level: 1, name: `Sector support in ${current}` })).toBeInTheDocument();
    expect(screen.getByLabelText('Financial year')).toHaveValue(current);
    expect(reportReads()).toContain(`${current}?councils=as-at`);
  });

  it('lists the year’s snapshots and freezes the report shown, with its note, for staff', async () => {
    let posted: { url: URL; body: unknown } | undefined;
    api(async (request) => {
      posted = { url: new URL(request.url), body: await request.json() };
      return jsonResponse(snapshot({ id: 4, takenAt: '2026-12-03T10:00:00Z', note: 'Published' }), 201);
    });
    const user = userEvent.setup();
    renderDashboard('/reports?year=2024-25&councils=current');

    const list = await screen.findByRole('table', { name: 'Snapshots of 2024-25, newest first' });
    const row = within(list).getAllByRole('row')[1];
    expect(row).toHaveTextContent('staff');
    expect(row).toHaveTextContent('As published in the 2024-25 annual report');
    expect(within(row).getByRole('link', { name: /what has moved since snapshot 3$/ })).toHaveAttribute('href', '/reports/2024-25/snapshots/3');

    await user.type(screen.getByLabelText('Note (optional)'), 'Published');
    await user.click(screen.getByRole('button', { name: 'Freeze this report' }));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Report frozen: snapshot 4');
    expect(within(banner).getByRole('link', { name: 'See what has moved since' })).toHaveAttribute('href', '/reports/2024-25/snapshots/4');
    expect(posted?.url.pathname).toBe('/api/v1/reports/annual/2024-25/snapshots');
    expect(posted?.body).toEqual({ councils: 'current', note: 'Published' });
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('');
  });

  it('does not offer analysts the freeze, and says when the year has no snapshot', async () => {
    roles.current = ['analyst'];
    api(undefined, []);
    renderDashboard();
    expect(await screen.findByTestId('no-snapshots')).toHaveTextContent('No snapshot of 2024-25 has been taken.');
    expect(screen.queryByRole('button', { name: 'Freeze this report' })).not.toBeInTheDocument();
  });

  it('explains a refusal (403) to partners', async () => {
    roles.current = ['partner'];
    fetchMock.mockImplementation(async () => problemResponse(403, { title: 'Forbidden' }));
    renderDashboard();
    expect(await screen.findByText('You do not have permission to see this information.')).toBeInTheDocument();
    expect(document.title).toBe('Error: Annual report – Sector Support');
    expect(screen.queryByRole('heading', { level: 2, name: 'Peer challenge' })).not.toBeInTheDocument();
  });

  it('downloads the figures of the report shown as CSV', async () => {
    api();
    const created = vi.fn(() => 'blob:report');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderDashboard('/reports?year=2024-25&region=london');
    await user.click(screen.getByRole('button', { name: 'Download the figures (CSV)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(reportReads()).toContain('2024-25?councils=as-at&region=london&format=csv');
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('annual-report-2024-25-london.csv');
  });
});
