import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryLink } from '@/components/history/history-link';
import { BackLink } from '@/components/ui/back-link';
import { ButtonLink } from '@/components/ui/button';
import { DeleteRecord } from '@/components/ui/confirm-delete';
import { paths } from '@/config/paths';
import { useSurveyResponse } from '@/features/survey-responses/api/get-survey-response';
import { useDeleteSurveyResponse } from '@/features/survey-responses/api/save-survey-response';
import { SurveyResponseDetails } from '@/features/survey-responses/components/survey-response-details';
import { isApiError } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export function SurveyResponseRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const response = useSurveyResponse(id);
  const remove = useDeleteSurveyResponse(id);
  const isStaff = useIsStaff();
  const notFound = isApiError(response.error, 404) || !Number.isInteger(id) || id <= 0;
  const data = response.data?.data;

  useDocumentTitle(
    notFound
      ? 'Survey response not found'
      : response.error
        ? 'Error: Survey response'
        : `Survey response ${idParam} – Survey responses`,
  );

  const backLink = <BackLink to={paths.surveyResponses.getHref()}>Back to survey responses</BackLink>;

  if (notFound) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Survey response not found</h1>
        <p className="govuk-body">There is no survey response {idParam}. It may have been deleted.</p>
      </>
    );
  }
  if (response.error || !data) {
    return (
      <>
        {backLink}
        {response.error ? <ProblemSummary error={response.error} /> : null}
        <h1 className="govuk-heading-l">Survey response</h1>
        {response.error ? null : (
          <p className="govuk-body" role="status">
            Loading survey response…
          </p>
        )}
      </>
    );
  }

  return (
    <>
      {backLink}
      <span className="govuk-caption-l">Survey response {data.id}</span>
      <h1 className="govuk-heading-l">{data.subject.title}</h1>
      <SurveyResponseDetails response={data} canChange={isStaff} />
      {isStaff ? (
        <>
          <ButtonLink to={paths.editSurveyResponse.getHref(data.id)} variant="secondary">
            Change this response
          </ButtonLink>
          <HistoryLink to={paths.surveyResponseHistory.getHref(data.id)} />
          <DeleteRecord
            noun="survey response"
            mutation={remove}
            etag={response.data?.etag ?? ''}
            onReload={() => void response.refetch()}
            done={{
              to: paths.surveyResponses.getHref(),
              notice: `Survey response ${data.id} deleted: ${data.subject.title}`,
            }}
          >
            Delete survey response {data.id} about “{data.subject.title}”? It no longer counts in the satisfaction
            figures. Its change history is kept.
          </DeleteRecord>
        </>
      ) : null}
    </>
  );
}
