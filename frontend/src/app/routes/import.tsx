import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useImport } from '@/features/imports/api/get-import';
import { ImportProgress } from '@/features/imports/components/import-progress';
import { ImportCounts, ImportDetails } from '@/features/imports/components/import-summary';
import { ReceiptDetails } from '@/features/imports/components/receipt-details';
import { RejectedRows } from '@/features/imports/components/rejected-rows';
import { Withdrawals } from '@/features/imports/components/withdrawals';
import { datasetLabel, importStatusLabel } from '@/features/imports/lib/reference-data';
import { useOrganisationNames } from '@/features/organisations/api/get-organisations';
import { isApiError } from '@/lib/api/problem';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ImportRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const summary = useImport(id);
  const organisations = useOrganisationNames();
  const notFound = isApiError(summary.error, 404) || !Number.isInteger(id) || id <= 0;
  const data = summary.data;

  useDocumentTitle(
    notFound ? 'Import not found' : summary.error && !data ? 'Error: Import' : data ? `Import ${data.id} – Imports` : 'Import',
  );

  const backLink = <BackLink to={paths.imports.getHref()}>Back to imports</BackLink>;

  if (notFound) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Import not found</h1>
        <p className="govuk-body">There is no import {idParam}.</p>
      </>
    );
  }
  if (!data) {
    return (
      <>
        {backLink}
        {summary.error ? <ProblemSummary error={summary.error} /> : null}
        <h1 className="govuk-heading-l">Import</h1>
        {summary.error ? null : (
          <p className="govuk-body" role="status">
            Loading the import…
          </p>
        )}
      </>
    );
  }

  const organisation = organisations.nameOf(data.organisation);
  return (
    <>
      {backLink}
      {/* A failed poll keeps what was shown and says so. */}
      {summary.error ? <ProblemSummary error={summary.error} /> : null}
      <span className="govuk-caption-l">
        {datasetLabel(data.dataset)} for {organisation}
      </span>
      <h1 className="govuk-heading-l">Import {data.id}</h1>

      {/* Says when a running import finishes, without reading out every step of the progress. */}
      <p className="govuk-visually-hidden" aria-live="polite">
        Status: {importStatusLabel(data.status)}
      </p>
      <div data-testid="import-status" data-status={data.status}>
        {data.status === 'running' ? <ImportProgress processed={data.processed} received={data.received} /> : null}
        {data.status === 'failed' ? (
          <div className="govuk-warning-text" data-testid="failure-reason">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              The import failed. {data.failureReason ?? ''}
            </strong>
          </div>
        ) : null}
        {data.status === 'rejected' ? (
          <p className="govuk-inset-text">
            Rejected: it was sent all or nothing and some rows were rejected, so nothing in it was written.
          </p>
        ) : null}
        {data.dryRun && data.status !== 'running' ? (
          <p className="govuk-inset-text">This was a dry run: the rows were checked and nothing was written.</p>
        ) : null}
      </div>

      <h2 className="govuk-heading-m">Rows</h2>
      <ImportCounts summary={data} />

      <h2 className="govuk-heading-m">Details</h2>
      <ImportDetails summary={data} organisationName={organisations.nameOf} />

      <RejectedRows summary={data} />
      <Withdrawals summary={data} />
      <ReceiptDetails summary={data} />
    </>
  );
}
