import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryLink } from '@/components/history/history-link';
import { BackLink } from '@/components/ui/back-link';
import { DeleteRecord } from '@/components/ui/confirm-delete';
import { paths } from '@/config/paths';
import { useSupportEngagement } from '@/features/support-engagements/api/get-support-engagement';
import { useDeleteSupportEngagement } from '@/features/support-engagements/api/save-support-engagement';
import { SupportEngagementSummary } from '@/features/support-engagements/components/support-engagement-summary';
import { engagementTypeLabel } from '@/features/support-engagements/lib/reference-data';
import { SubjectSurveyResponses } from '@/features/survey-responses/components/subject-survey-responses';
import { isApiError } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export function SupportEngagementRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const engagement = useSupportEngagement(id);
  const remove = useDeleteSupportEngagement(id);
  const isStaff = useIsStaff();
  const notFound = isApiError(engagement.error, 404) || !Number.isInteger(id) || id <= 0;
  const data = engagement.data?.data;
  const heading = data ? `${data.typeLabel ?? engagementTypeLabel(data.type)}: ${data.council.name}` : 'Support engagement';

  useDocumentTitle(
    notFound
      ? 'Support engagement not found'
      : engagement.error
        ? 'Error: Support engagement'
        : `${heading} – Support engagements`,
  );

  const backLink = <BackLink to={paths.supportEngagements.getHref()}>Back to support engagements</BackLink>;

  if (notFound) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Support engagement not found</h1>
        <p className="govuk-body">There is no support engagement {idParam}. It may have been deleted.</p>
      </>
    );
  }
  if (engagement.error || !data) {
    return (
      <>
        {backLink}
        {engagement.error ? <ProblemSummary error={engagement.error} /> : null}
        <h1 className="govuk-heading-l">Support engagement</h1>
        {engagement.error ? null : (
          <p className="govuk-body" role="status">
            Loading support engagement…
          </p>
        )}
      </>
    );
  }

  return (
    <>
      {backLink}
      <span className="govuk-caption-l">Support engagement {data.id}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <h2 className="govuk-heading-m">Details</h2>
      <SupportEngagementSummary engagement={data} canChange={isStaff} />
      <SubjectSurveyResponses subjectType="support-engagement" subjectId={data.id} subjectTitle={heading} />
      {isStaff ? (
        <>
          <HistoryLink to={paths.supportEngagementHistory.getHref(data.id)} />
          <DeleteRecord
            noun="support engagement"
            mutation={remove}
            etag={engagement.data?.etag ?? ''}
            onReload={() => void engagement.refetch()}
            done={{ to: paths.supportEngagements.getHref(), notice: `Support engagement deleted: ${heading}` }}
          >
            Delete the support engagement “{heading}”? Its change history is kept. An engagement with survey responses
            cannot be deleted.
          </DeleteRecord>
        </>
      ) : null}
    </>
  );
}
