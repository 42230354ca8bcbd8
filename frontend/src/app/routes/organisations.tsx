import { ProblemSummary } from '@/components/errors/problem-summary';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { OrganisationsTable } from '@/features/organisations/components/organisations-table';
import { useDocumentTitle } from '@/lib/use-document-title';

export function OrganisationsRoute() {
  const organisations = useOrganisations();
  useDocumentTitle(organisations.error ? 'Error: Organisations' : 'Organisations');
  return (
    <>
      {organisations.error ? <ProblemSummary error={organisations.error} /> : null}
      <h1 className="govuk-heading-l">Organisations</h1>
      <p className="govuk-body">
        The Local Government Association and the partner organisations that deliver sector support programmes.
      </p>
      {organisations.isPending ? (
        <p className="govuk-body" role="status">
          Loading organisations…
        </p>
      ) : null}
      {organisations.data ? <OrganisationsTable organisations={organisations.data.items ?? []} /> : null}
    </>
  );
}
