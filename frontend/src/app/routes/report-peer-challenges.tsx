import { useLocation, useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { usePeerChallengeReport } from '@/features/reports/api/get-peer-challenge-report';
import { PeerChallengeReportView } from '@/features/reports/components/peer-challenge-report-view';
import { ReportFilters } from '@/features/reports/components/report-filters';
import { dashboardSearch, parseScopeSearch, scopeSearch } from '@/features/reports/lib/report-params';
import { reportYears } from '@/features/reports/lib/years';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The peer challenge annual report for a year. */
export function ReportPeerChallengesRoute() {
  const { year = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const scope = parseScopeSearch(year, location.search);
  const report = usePeerChallengeReport(year, scope.councils);
  const loaded = report.data !== undefined && !report.isFetching && !report.isPlaceholderData;
  useDocumentTitle(report.error ? 'Error: Peer challenge report' : `Peer challenge report ${year}`);

  return (
    <>
      <BackLink to={paths.reports.getHref(dashboardSearch({ year, councils: scope.councils }))}>Back to the annual report</BackLink>
      {report.error ? <ProblemSummary error={report.error} /> : null}
      <span className="govuk-caption-xl">Annual report</span>
      <h1 className="govuk-heading-xl">Peer challenge report {year}</h1>
      <ReportFilters
        key={location.pathname + location.search}
        scope={{ year, councils: scope.councils }}
        years={reportYears()}
        showRegion={false}
        onSubmit={(chosen) =>
          void navigate(paths.peerChallengeReport.getHref(chosen.year, scopeSearch({ councils: chosen.councils })))
        }
      />
      <div aria-live="polite" aria-busy={report.isFetching} data-loaded-report={loaded ? year : undefined}>
        {report.isPending ? <p className="govuk-body">Loading the peer challenge report…</p> : null}
      </div>
      {report.data && !report.error ? <PeerChallengeReportView report={report.data} /> : null}
    </>
  );
}
