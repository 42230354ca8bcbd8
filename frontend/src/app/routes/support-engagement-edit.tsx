import { useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useSupportEngagement } from '@/features/support-engagements/api/get-support-engagement';
import { useUpdateSupportEngagement } from '@/features/support-engagements/api/save-support-engagement';
import { SupportEngagementForm } from '@/features/support-engagements/components/support-engagement-form';
import { bodyFromForm, FORM_FIELDS } from '@/features/support-engagements/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function EditSupportEngagementRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const engagement = useSupportEngagement(id);
  const update = useUpdateSupportEngagement(id);
  useDocumentTitle(
    update.error || engagement.error ? 'Error: Change support engagement' : `Change support engagement ${idParam}`,
  );
  const backLink = <BackLink to={paths.supportEngagement.getHref(idParam)}>Back to the support engagement</BackLink>;

  if (!engagement.data) {
    return (
      <>
        {backLink}
        {engagement.error ? <ProblemSummary error={engagement.error} /> : null}
        <h1 className="govuk-heading-l">Change support engagement</h1>
        {engagement.error ? null : (
          <p className="govuk-body" role="status">
            Loading support engagement…
          </p>
        )}
      </>
    );
  }

  const { data, etag } = engagement.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {update.error ? (
          <SaveProblem
            reloadText="Reload the support engagement"
            key={update.submittedAt}
            error={update.error}
            fields={FORM_FIELDS}
            onReload={() => {
              update.reset();
              void engagement.refetch();
            }}
          />
        ) : null}
        <span className="govuk-caption-l">
          {data.typeLabel}: {data.council.name}
        </span>
        <h1 className="govuk-heading-l">Change support engagement</h1>
        <SupportEngagementForm
          // A reload after someone else's change shows their values.
          key={etag}
          engagement={data}
          error={update.error}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            update.mutate(
              { etag, body: bodyFromForm(form) },
              { onSuccess: () => void navigate(paths.supportEngagement.getHref(id)) },
            )
          }
        />
      </div>
    </div>
  );
}
