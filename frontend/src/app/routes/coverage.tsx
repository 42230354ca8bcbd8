import { Link, useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { paths } from '@/config/paths';
import { useCoverage } from '@/features/peer-challenges/api/get-coverage';
import { CoverageFilters, parseCoverageFilters } from '@/features/peer-challenges/components/coverage-filters';
import { CoverageView } from '@/features/peer-challenges/components/coverage-view';
import { isoToday } from '@/lib/financial-year';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useDocumentTitle } from '@/lib/use-document-title';

const FILTER_FIELDS = {
  asOf: { id: 'asOf', label: 'As of' },
  region: { id: 'region', label: 'Region' },
  type: { id: 'type', label: 'Council type' },
} satisfies ProblemFields;

export function CoverageRoute() {
  const location = useLocation();
  const filters = parseCoverageFilters(location.search);
  const coverage = useCoverage(filters);
  const error = coverage.error;
  useDocumentTitle(error ? 'Error: Coverage' : 'Coverage');

  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <h1 className="govuk-heading-l">Coverage</h1>
      <p className="govuk-body">
        Every English council is expected to have a Corporate or Finance Peer Challenge at least once every five years.
      </p>
      <p className="govuk-body">
        <Link
          className="govuk-link"
          to={paths.coverageMap.getHref(filters.asOf ? `?${new URLSearchParams({ asOf: filters.asOf })}` : '')}
        >
          See every council on the coverage map
        </Link>
      </p>
      <CoverageFilters
        key={location.search}
        filters={filters}
        defaultAsOf={isoToday()}
        errors={fieldErrorsFor(error, FILTER_FIELDS)}
      />
      <div
        aria-live="polite"
        aria-busy={coverage.isFetching}
        data-loaded-search={coverage.isFetching || coverage.isPlaceholderData ? undefined : location.search}
      >
        {coverage.isPending ? <p className="govuk-body">Loading coverage…</p> : null}
      </div>
      {coverage.data && !error ? <CoverageView coverage={coverage.data} /> : null}
    </>
  );
}
