import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useCouncils } from '@/features/councils/api/get-councils';
import { CouncilsFilters } from '@/features/councils/components/councils-filters';
import { CouncilsTable, resultsSummary } from '@/features/councils/components/councils-table';
import { parseFilters, PAGE_SIZE, toSearch, type CouncilFilters } from '@/features/councils/lib/filters';
import { fieldErrorText, isApiError } from '@/lib/api/problem';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  q: { id: 'q', label: 'Name' },
  region: { id: 'region', label: 'Region' },
  type: { id: 'type', label: 'Type' },
  status: { id: 'status', label: 'Status' },
} satisfies ProblemFields;
type FilterField = keyof typeof FILTER_FIELDS;
const isFilterField = (field: string): field is FilterField => Object.hasOwn(FILTER_FIELDS, field);

function captionFor(filters: CouncilFilters) {
  if (filters.status === 'ended') return 'Ended councils';
  if (filters.status === 'all') return 'Current and ended councils';
  return 'Current councils';
}

export function CouncilsRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const councils = useCouncils(filters);
  const error = councils.error;
  useDocumentTitle(error ? 'Error: Councils' : 'Councils');

  const fieldErrors: Partial<Record<FilterField, string>> = {};
  if (isApiError(error)) {
    for (const fieldError of error.errors) {
      if (fieldError.field && isFilterField(fieldError.field)) {
        fieldErrors[fieldError.field] = fieldErrorText(fieldError, FILTER_FIELDS[fieldError.field].label);
      }
    }
  }

  const data = councils.data;
  const items = data?.items ?? [];
  const page = data?.page ?? filters.page;
  const totalPages = data?.totalPages ?? 0;

  return (
    <>
      {error ? (
        <ProblemSummary error={error} fields={FILTER_FIELDS} />
      ) : null}
      <h1 className="govuk-heading-l">Councils</h1>
      {/* Re-mount the form when the URL changes (Back, links), so its fields show the URL's filters. */}
      <CouncilsFilters key={location.search} filters={filters} errors={fieldErrors} />

      <div
        aria-live="polite"
        aria-busy={councils.isFetching}
        // Which filters the results on show are for, once they have loaded (end-to-end tests wait on it).
        data-loaded-search={councils.isFetching || councils.isPlaceholderData ? undefined : location.search}
      >
        {councils.isPending ? (
          <p className="govuk-body">Loading councils…</p>
        ) : data && !error ? (
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="results-summary">
            {resultsSummary(page, data.size ?? PAGE_SIZE, items.length, data.totalItems ?? 0)}
          </p>
        ) : null}
      </div>

      {data && !error && items.length > 0 ? (
        <>
          <CouncilsTable councils={items} caption={captionFor(filters)} fromSearch={location.search} />
          <Pagination
            page={page}
            totalPages={totalPages}
            label="Councils pages"
            hrefForPage={(n) => paths.councils.getHref(toSearch({ ...filters, page: n }))}
          />
        </>
      ) : null}
    </>
  );
}
