import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { usePushImport } from '@/features/imports/api/push-import';
import { UploadForm } from '@/features/imports/components/upload-form';
import { UPLOAD_FIELDS, uploadFromForm } from '@/features/imports/lib/upload';
import { useOrganisationNames } from '@/features/organisations/api/get-organisations';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Staff upload a partner's CSV file, as the partner would push it; the import's page then shows the summary. */
export function NewImportRoute() {
  const navigate = useNavigate();
  const push = usePushImport();
  const organisations = useOrganisationNames();
  const isStaff = useIsStaff();
  // A problem found before sending (no file chosen, say), shown like the API's.
  const [clientError, setClientError] = useState<{ error: unknown; at: number } | null>(null);
  const error = clientError?.error ?? push.error;
  useDocumentTitle(error ? 'Error: Upload a CSV file' : 'Upload a CSV file');

  const backLink = <BackLink to={paths.imports.getHref()}>Back to imports</BackLink>;
  if (!isStaff) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Upload a CSV file</h1>
        <p className="govuk-body">Only LGA staff and administrators can upload files for a partner organisation.</p>
      </>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {error ? <ProblemSummary key={clientError?.at ?? push.submittedAt} error={error} fields={UPLOAD_FIELDS} /> : null}
        {organisations.error ? <ProblemSummary error={organisations.error} /> : null}
        <h1 className="govuk-heading-l">Upload a CSV file</h1>
        <p className="govuk-body">
          For a partner without a developer: the file goes through the same push as the partner’s own system would use,
          and you see the same summary, row by row.
        </p>
        {organisations.isPending ? (
          <p className="govuk-body" role="status">
            Loading the organisations…
          </p>
        ) : organisations.error ? null : (
          <UploadForm
            organisations={organisations.options}
            error={error}
            sending={push.isPending}
            onSubmit={(form) => {
              setClientError(null);
              push.reset();
              try {
                push.mutate(uploadFromForm(form), {
                  onSuccess: (summary) => void navigate(paths.import.getHref(summary.id)),
                });
              } catch (invalid) {
                setClientError({ error: invalid, at: Date.now() });
              }
            }}
          />
        )}
      </div>
    </div>
  );
}
