import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { ButtonLink } from '@/components/ui/button';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useProgrammeList } from '@/features/programmes/api/get-programme-list';
import { ProgrammesFilters } from '@/features/programmes/components/programmes-filters';
import { ProgrammesTable, resultsSummary } from '@/features/programmes/components/programmes-table';
import { parseFilters, toSearch } from '@/features/programmes/lib/filters';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  q: { id: 'q', label: 'Name' },
  theme: { id: 'theme', label: 'Theme' },
  funder: { id: 'funder', label: 'Funder' },
  organisation: { id: 'organisation', label: 'Delivering organisation' },
  financialYear: { id: 'financialYear', label: 'Running in financial year' },
} satisfies ProblemFields;

export function ProgrammesRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const programmes = useProgrammeList(filters);
  const organisations = useOrganisations();
  const isStaff = useIsStaff();
  const error = programmes.error;
  useDocumentTitle(error ? 'Error: Programmes' : 'Programmes');

  const organisationOptions = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    text: organisation.name,
  }));

  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <NoticeBanner />
      <h1 className="govuk-heading-l">Programmes</h1>
      <p className="govuk-body">
        The LGA’s improvement programmes and the partners that deliver them, with each programme’s targets.
      </p>
      {isStaff ? <ButtonLink to={paths.newProgramme.getHref()}>Add a programme</ButtonLink> : null}
      <ProgrammesFilters
        key={location.search}
        filters={filters}
        organisations={organisationOptions}
        errors={fieldErrorsFor(error, FILTER_FIELDS)}
      />

      <ListResults
        list={programmes}
        error={error}
        search={location.search}
        page={filters.page}
        loadingText="Loading programmes…"
        summarise={resultsSummary}
        pagesLabel="Programmes pages"
        hrefForPage={(n) => paths.programmes.getHref(toSearch({ ...filters, page: n }))}
      >
        {(items) => <ProgrammesTable programmes={items} caption="Programmes, by name" />}
      </ListResults>
    </>
  );
}
