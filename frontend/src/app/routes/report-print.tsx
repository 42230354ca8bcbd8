import { useLocation, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useAnnualReport } from '@/features/reports/api/get-annual-report';
import { useDownloadReportCsv } from '@/features/reports/api/download-report';
import { PrintableReport } from '@/features/reports/components/printable-report';
import { dashboardSearch, parseScopeSearch } from '@/features/reports/lib/report-params';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The annual report laid out to print (or save as PDF), built from the figures' sentences. */
export function ReportPrintRoute() {
  const { year = '' } = useParams();
  const location = useLocation();
  const scope = parseScopeSearch(year, location.search);
  const report = useAnnualReport(scope);
  const download = useDownloadReportCsv();
  useDocumentTitle(report.error ? 'Error: Annual report' : `Sector support annual report ${year}`);

  return (
    <>
      <BackLink to={paths.reports.getHref(dashboardSearch(scope))}>Back to the dashboard</BackLink>
      {report.error ? <ProblemSummary error={report.error} /> : null}
      {download.error ? <ProblemSummary error={download.error} /> : null}
      <div className="govuk-button-group app-no-print">
        <Button onClick={() => window.print()} disabled={!report.data}>
          Print this report
        </Button>
        <Button variant="secondary" onClick={() => download.mutate(scope)} disabled={download.isPending}>
          Download the figures (CSV)
        </Button>
      </div>
      {report.isPending ? (
        <p className="govuk-body" role="status">
          Loading the report…
        </p>
      ) : report.data && !report.error ? (
        <PrintableReport report={report.data} />
      ) : null}
    </>
  );
}
