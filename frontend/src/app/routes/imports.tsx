import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { ButtonLink } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useImports } from '@/features/imports/api/get-imports';
import { ImportsFilters } from '@/features/imports/components/imports-filters';
import { ImportsTable, resultsSummary } from '@/features/imports/components/imports-table';
import { parseFilters, toSearch } from '@/features/imports/lib/filters';
import { useOrganisationNames } from '@/features/organisations/api/get-organisations';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  dataset: { id: 'dataset', label: 'Dataset' },
  status: { id: 'status', label: 'Status' },
  organisation: { id: 'organisation', label: 'Organisation' },
} satisfies ProblemFields;

export function ImportsRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const imports = useImports(filters);
  const organisations = useOrganisationNames();
  const isStaff = useIsStaff();
  const error = imports.error;
  useDocumentTitle(error ? 'Error: Imports' : 'Imports');

  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <h1 className="govuk-heading-l">Imports</h1>
      <p className="govuk-body">
        Data the partner organisations push from their own systems: what each push created, changed or left alone,
        and which rows were rejected and why.
      </p>
      {isStaff ? <ButtonLink to={paths.newImport.getHref()}>Upload a CSV file</ButtonLink> : null}
      <ImportsFilters
        // Drawn again when the URL or the organisation list changes, so the selects show what is chosen.
        key={`${location.search}-${organisations.options.length}`}
        filters={filters}
        organisations={organisations.options}
        errors={fieldErrorsFor(error, FILTER_FIELDS)}
      />

      <ListResults
        list={imports}
        error={error}
        search={location.search}
        page={filters.page}
        loadingText="Loading imports…"
        summarise={resultsSummary}
        pagesLabel="Imports pages"
        hrefForPage={(n) => paths.imports.getHref(toSearch({ ...filters, page: n }))}
      >
        {(items) => (
          <ImportsTable imports={items} caption="Imports, newest first" organisationName={organisations.nameOf} />
        )}
      </ListResults>
    </>
  );
}
