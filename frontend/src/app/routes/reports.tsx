import { Link, useLocation, useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useAnnualReport, useTrend } from '@/features/reports/api/get-annual-report';
import { useDownloadReportCsv } from '@/features/reports/api/download-report';
import { DeliverablesProgress } from '@/features/reports/components/deliverables-progress';
import { EventsByTheme } from '@/features/reports/components/events-by-theme';
import { FigureSections } from '@/features/reports/components/figure-sections';
import { RegionBreakdown } from '@/features/reports/components/region-breakdown';
import { ReportFilters } from '@/features/reports/components/report-filters';
import { ReportLinks, ReportScopeNote } from '@/features/reports/components/report-links';
import { SnapshotsSection } from '@/features/reports/components/snapshots-section';
import { dashboardSearch, parseDashboardSearch } from '@/features/reports/lib/report-params';
import { reportYears, trendYears } from '@/features/reports/lib/years';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * The annual report dashboard: a year's headline figures by section with their targets, the year before and their
 * trends; one figure by region; the deliverables' progress; events by theme; and the year's snapshots.
 */
export function ReportsRoute() {
  const location = useLocation();
  const navigate = useNavigate();
  const { breakdown, ...scope } = parseDashboardSearch(location.search);
  const report = useAnnualReport(scope);
  const trend = useTrend(scope, trendYears(scope.year));
  const download = useDownloadReportCsv();
  const isStaff = useIsStaff();
  const data = report.data && !report.error ? report.data : undefined;
  const loaded = data !== undefined && !report.isPlaceholderData && !report.isFetching;
  useDocumentTitle(report.error ? 'Error: Annual report' : `Annual report ${scope.year}`);

  return (
    <>
      {report.error ? <ProblemSummary error={report.error} /> : null}
      {download.error ? <ProblemSummary error={download.error} /> : null}
      <span className="govuk-caption-xl">Annual report</span>
      <h1 className="govuk-heading-xl">Sector support in {scope.year}</h1>
      <ReportFilters
        key={location.search}
        scope={scope}
        years={reportYears()}
        onSubmit={(chosen) => void navigate(paths.reports.getHref(dashboardSearch(chosen)))}
      />
      <ReportLinks scope={scope} />
      <Button variant="secondary" onClick={() => download.mutate(scope)} disabled={download.isPending}>
        Download the figures (CSV)
      </Button>

      <div aria-live="polite" aria-busy={report.isFetching} data-loaded-report={loaded ? location.search || '?' : undefined}>
        {report.isPending ? (
          <p className="govuk-body">Loading the report…</p>
        ) : data ? (
          <ReportScopeNote report={data} />
        ) : null}
      </div>

      {data ? (
        <>
          {trend.error ? <ProblemSummary error={trend.error} /> : null}
          <FigureSections report={data} scope={scope} trend={trend.pending || trend.error ? undefined : trend.series} />
          {scope.region ? (
            <p className="govuk-body" id="breakdown">
              The report is of one region. To break a figure down by region,{' '}
              <Link className="govuk-link" to={paths.reports.getHref(dashboardSearch({ ...scope, region: undefined }))}>
                show all of England
              </Link>
              .
            </p>
          ) : (
            <RegionBreakdown report={data} scope={scope} metricKey={breakdown} />
          )}
          <DeliverablesProgress deliverables={data.deliverables} year={scope.year} />
          <EventsByTheme themes={data.eventsByTheme} year={scope.year} />
          <SnapshotsSection scope={scope} canFreeze={isStaff} />
        </>
      ) : null}
    </>
  );
}
