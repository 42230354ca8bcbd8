import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { formatPercent } from '@/lib/format-number';
import { councilTypeLabel, regionLabel } from '@/lib/reference-data';

import type { Coverage, UncoveredCouncil } from '../api/get-coverage';

/** "49 of 317 councils (15.5%) have had no CPC or FPC in the five years to 31 March 2025". */
export function coverageHeadline(coverage: Pick<Coverage, 'notCovered' | 'councils' | 'percentageNotCovered' | 'asOf'>) {
  const noun = coverage.councils === 1 ? 'council' : 'councils';
  const verb = coverage.notCovered === 1 ? 'has' : 'have';
  return `${coverage.notCovered.toLocaleString('en-GB')} of ${coverage.councils.toLocaleString('en-GB')} ${noun} (${formatPercent(
    coverage.percentageNotCovered,
  )}) ${verb} had no CPC or FPC in the five years to ${formatDate(coverage.asOf)}`;
}

export function CoverageView({ coverage }: { coverage: Coverage }) {
  const councils = coverage.notCoveredCouncils ?? [];
  return (
    <>
      <div className="govuk-panel app-panel--figure" data-testid="coverage-headline">
        <p className="govuk-body-l govuk-!-margin-bottom-0">{coverageHeadline(coverage)}.</p>
      </div>
      <p className="govuk-body">
        The window runs from {formatDate(coverage.windowStart)} to {formatDate(coverage.asOf)}. A council created by
        reorganisation needs its own: its predecessors’ challenges do not count.
      </p>
      {councils.length > 0 ? (
        <Table<UncoveredCouncil>
          caption="Councils with no CPC or FPC in the window"
          captionSize="m"
          rows={councils}
          rowKey={(row) => row.council.gssCode}
          columns={[
            {
              header: 'Council',
              cell: (row) => (
                <Link className="govuk-link" to={paths.council.getHref(row.council.gssCode)}>
                  {row.council.name}
                </Link>
              ),
            },
            { header: 'Type', cell: (row) => councilTypeLabel(row.type) },
            { header: 'Region', cell: (row) => regionLabel(row.region) },
            {
              header: 'Last CPC or FPC',
              cell: (row) => (row.lastCpcOrFpcDate ? formatDate(row.lastCpcOrFpcDate) : 'None recorded'),
            },
          ]}
        />
      ) : (
        <p className="govuk-body">Every council has had a CPC or FPC in the window.</p>
      )}
    </>
  );
}
