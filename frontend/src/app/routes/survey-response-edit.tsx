import { useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useSurveyResponse } from '@/features/survey-responses/api/get-survey-response';
import { useUpdateSurveyResponse } from '@/features/survey-responses/api/save-survey-response';
import { SurveyResponseForm } from '@/features/survey-responses/components/survey-response-form';
import { bodyFromForm, FORM_FIELDS } from '@/features/survey-responses/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function EditSurveyResponseRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const response = useSurveyResponse(id);
  const update = useUpdateSurveyResponse(id);
  useDocumentTitle(
    update.error || response.error ? 'Error: Change survey response' : `Change survey response ${idParam}`,
  );
  const backLink = <BackLink to={paths.surveyResponse.getHref(idParam)}>Back to the survey response</BackLink>;

  if (!response.data) {
    return (
      <>
        {backLink}
        {response.error ? <ProblemSummary error={response.error} /> : null}
        <h1 className="govuk-heading-l">Change survey response</h1>
        {response.error ? null : (
          <p className="govuk-body" role="status">
            Loading survey response…
          </p>
        )}
      </>
    );
  }

  const { data, etag } = response.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {update.error ? (
          <SaveProblem
            key={update.submittedAt}
            error={update.error}
            fields={FORM_FIELDS}
            reloadText="Reload the survey response"
            onReload={() => {
              update.reset();
              void response.refetch();
            }}
          />
        ) : null}
        <span className="govuk-caption-l">Survey response {data.id}</span>
        <h1 className="govuk-heading-l">Change survey response</h1>
        <SurveyResponseForm
          // A reload after someone else's change shows their values.
          key={etag}
          response={data}
          subject={{ type: data.subject.type, id: data.subject.id, title: data.subject.title }}
          error={update.error}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            update.mutate(
              { etag, body: bodyFromForm(form) },
              { onSuccess: () => void navigate(paths.surveyResponse.getHref(id)) },
            )
          }
        />
      </div>
    </div>
  );
}
