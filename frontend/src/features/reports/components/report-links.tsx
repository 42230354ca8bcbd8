import { Link } from 'react-router';

import { formatWhen } from '@/components/history/history-table';
import { paths } from '@/config/paths';
import { regionLabel } from '@/lib/reference-data';

import type { AnnualReport } from '../api/get-annual-report';
import { scopeSearch, type ReportScope } from '../lib/report-params';

/** The report's other views: printable, the peer challenge report, and how each figure is counted. */
export function ReportLinks({ scope }: { scope: ReportScope }) {
  return (
    <ul className="govuk-list" data-testid="report-links">
      <li>
        <Link className="govuk-link" to={paths.reportPrint.getHref(scope.year, scopeSearch(scope))}>
          Printable report for {scope.year}
        </Link>
      </li>
      <li>
        <Link
          className="govuk-link"
          to={paths.peerChallengeReport.getHref(scope.year, scopeSearch({ councils: scope.councils }))}
        >
          Peer challenge report for {scope.year}
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to={paths.metrics.getHref()}>
          How each figure is counted
        </Link>
      </li>
    </ul>
  );
}

/** What the figures are of: the region (or England), how councils are counted, and when they were computed. */
export function ReportScopeNote({ report }: { report: AnnualReport }) {
  return (
    <div className="govuk-inset-text" data-testid="report-scope">
      {report.region ? `${regionLabel(report.region)} only.` : 'All of England.'} {report.councilsNote}. Computed from the
      records at {formatWhen(report.generatedAt)}.
    </div>
  );
}
