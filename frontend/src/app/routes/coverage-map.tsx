import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCoverageByCouncil } from '@/features/coverage-map/api/get-coverage-by-council';
import { CoverageDateForm } from '@/features/coverage-map/components/coverage-date-form';
import { CoverageList } from '@/features/coverage-map/components/coverage-list';
import { CoverageMap } from '@/features/coverage-map/components/coverage-map';
import { coverageEntries } from '@/features/coverage-map/lib/coverage-entries';
import { fieldErrorsFor } from '@/lib/api/problem';
import { isoToday } from '@/lib/financial-year';
import { useDocumentTitle } from '@/lib/use-document-title';

const FIELDS = { asOf: { id: 'asOf', label: 'As of' } } satisfies ProblemFields;
const LIST_ID = 'coverage-list';

export function CoverageMapRoute() {
  const location = useLocation();
  const asOf = new URLSearchParams(location.search).get('asOf')?.trim() || undefined;
  const coverage = useCoverageByCouncil({ asOf });
  const error = coverage.error;
  const entries = useMemo(() => (coverage.data ? coverageEntries(coverage.data) : undefined), [coverage.data]);
  useDocumentTitle(error ? 'Error: Coverage map' : 'Coverage map');

  return (
    <>
      <BackLink to={paths.coverage.getHref(asOf ? `?${new URLSearchParams({ asOf })}` : '')}>Coverage</BackLink>
      {error ? <ProblemSummary error={error} fields={FIELDS} /> : null}
      <h1 className="govuk-heading-l">Coverage map</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Every English council is expected to have a Corporate or Finance Peer Challenge at least once every five
            years. The map shows how long ago each council’s last one was. A council created by reorganisation is shown
            with its predecessors’ latest when that is later than its own, and says whose it was; the{' '}
            <Link className="govuk-link" to={paths.coverage.getHref()}>
              coverage figures
            </Link>{' '}
            count only its own.
          </p>
        </div>
      </div>
      <CoverageDateForm key={location.search} asOf={asOf} defaultAsOf={isoToday()} error={fieldErrorsFor(error, FIELDS).asOf} />
      <div
        aria-live="polite"
        aria-busy={coverage.isFetching}
        data-loaded-search={coverage.isFetching || coverage.isPlaceholderData ? undefined : location.search}
      >
        {coverage.isPending ? <p className="govuk-body">Loading the map…</p> : null}
      </div>
      {coverage.data && entries && !error ? (
        <>
          <CoverageMap coverage={coverage.data} entries={entries} listId={LIST_ID} />
          <CoverageList entries={entries} id={LIST_ID} />
        </>
      ) : null}
    </>
  );
}
