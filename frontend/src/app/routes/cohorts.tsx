import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { ButtonLink } from '@/components/ui/button';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { useCohorts } from '@/features/cohorts/api/get-cohorts';
import { CohortsFilters } from '@/features/cohorts/components/cohorts-filters';
import { CohortsTable, resultsSummary } from '@/features/cohorts/components/cohorts-table';
import { parseFilters, toSearch } from '@/features/cohorts/lib/filters';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  q: { id: 'q', label: 'Name contains' },
  programme: { id: 'programme', label: 'Programme' },
  theme: { id: 'theme', label: 'Theme' },
  financialYear: { id: 'financialYear', label: 'Financial year' },
  region: { id: 'region', label: 'Region' },
} satisfies ProblemFields;

export function CohortsRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const cohorts = useCohorts(filters);
  const isStaff = useIsStaff();
  const error = cohorts.error;
  useDocumentTitle(error ? 'Error: Cohorts' : 'Cohorts');


  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <NoticeBanner />
      <h1 className="govuk-heading-l">Cohorts</h1>
      <p className="govuk-body">
        Intakes of a programme, such as NGDP cohort 25 or Next Generation 2023, with their participants.
      </p>
      {isStaff ? <ButtonLink to={paths.newCohort.getHref()}>Record a cohort</ButtonLink> : null}
      {filters.council ? (
        <p className="govuk-body" data-testid="council-filter">
          Cohorts with a participant from council {filters.council}.
        </p>
      ) : null}
      <CohortsFilters key={location.search} filters={filters} errors={fieldErrorsFor(error, FILTER_FIELDS)} />

      <ListResults
        list={cohorts}
        error={error}
        search={location.search}
        page={filters.page}
        loadingText="Loading cohorts…"
        summarise={resultsSummary}
        pagesLabel="Cohort pages"
        hrefForPage={(n) => paths.cohorts.getHref(toSearch({ ...filters, page: n }))}
      >
        {(items) => <CohortsTable cohorts={items} caption="Cohorts, newest financial year first" />}
      </ListResults>
    </>
  );
}
