import { Link } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { ErrorSummary } from '@/components/ui/error-summary';
import { paths } from '@/config/paths';
import { useExtracts } from '@/features/extracts/api/get-extracts';
import { DatasetsTable } from '@/features/extracts/components/datasets-table';
import { useIsAnalyst } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

/** What anyone but an analyst or an administrator sees on the extracts pages (the API refuses them too). */
export function ExtractsNotAllowed() {
  useDocumentTitle('Extracts');
  return (
    <>
      <h1 className="govuk-heading-l">Extracts</h1>
      <ErrorSummary description="Only analysts and administrators can download extracts." />
    </>
  );
}

/** Analysts' extracts: every dataset, with its rows and last change; each one's page downloads it. */
export function ExtractsRoute() {
  const isAnalyst = useIsAnalyst();
  return isAnalyst ? <ExtractsList /> : <ExtractsNotAllowed />;
}

function ExtractsList() {
  const extracts = useExtracts();
  useDocumentTitle(extracts.error ? 'Error: Extracts' : 'Extracts');

  return (
    <>
      {extracts.error ? <ProblemSummary error={extracts.error} /> : null}
      <h1 className="govuk-heading-l">Extracts</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">Every dataset, complete or only what changed since your last download, as CSV,
            NDJSON or JSON.</p>
          <p className="govuk-body">
            People appear only under pseudonymous keys that are stable for you alone; there are no names or contact
            details, survey comments have e-mail addresses, phone numbers, postcodes and peers’ names redacted, and
            diversity data is only ever counted. Choose a dataset to see its columns, filter it and download it, or to
            get the command that pulls it from a script.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.extractsGuide.getHref()}>
              The analyst guide
            </Link>{' '}
            says how to get a token and pull extracts from pandas, R or the command line.
          </p>
        </div>
      </div>
      {extracts.isPending ? (
        <p className="govuk-body" role="status">
          Loading the datasets…
        </p>
      ) : null}
      {extracts.data ? <DatasetsTable datasets={extracts.data} /> : null}
    </>
  );
}
