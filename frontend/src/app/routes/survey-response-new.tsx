import { useLocation, useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCreateSurveyResponse } from '@/features/survey-responses/api/save-survey-response';
import {
  SurveyResponseForm,
  type FixedSubject,
} from '@/features/survey-responses/components/survey-response-form';
import { bodyFromForm, FORM_FIELDS } from '@/features/survey-responses/lib/form';
import { isSubjectType } from '@/features/survey-responses/lib/reference-data';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The subject named by `?subjectType=event&subjectId=123` (and optionally `subjectTitle`), if any. */
function subjectFromSearch(search: string): FixedSubject | undefined {
  const params = new URLSearchParams(search);
  const type = params.get('subjectType');
  const id = Number(params.get('subjectId'));
  if (!isSubjectType(type) || !Number.isInteger(id) || id <= 0) return undefined;
  return { type, id, title: params.get('subjectTitle')?.trim() || undefined };
}

export function NewSurveyResponseRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  const create = useCreateSurveyResponse();
  const subject = subjectFromSearch(location.search);
  useDocumentTitle(create.error ? 'Error: Record a survey response' : 'Record a survey response');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={paths.surveyResponses.getHref()}>Back to survey responses</BackLink>
        {create.error ? (
          <ProblemSummary
            key={create.submittedAt}
            error={create.error}
            fields={FORM_FIELDS}
          />
        ) : null}
        <h1 className="govuk-heading-l">Record a survey response</h1>
        <SurveyResponseForm
          subject={subject}
          error={create.error}
          saving={create.isPending}
          submitText="Save survey response"
          onSubmit={(form) =>
            create.mutate(bodyFromForm(form), {
              onSuccess: (saved) => void navigate(paths.surveyResponse.getHref(saved.data.id)),
            })
          }
        />
      </div>
    </div>
  );
}
