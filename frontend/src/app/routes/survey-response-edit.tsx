import { useNavigate, useParams } from 'react-router';

import { EditRecord } from '@/components/edit-record';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useSurveyResponse } from '@/features/survey-responses/api/get-survey-response';
import { useUpdateSurveyResponse } from '@/features/survey-responses/api/save-survey-response';
import { SurveyResponseForm } from '@/features/survey-responses/components/survey-response-form';
import { bodyFromForm, FORM_FIELDS } from '@/features/survey-responses/lib/form';

export function EditSurveyResponseRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const response = useSurveyResponse(id);
  const update = useUpdateSurveyResponse(id);
  const backLink = <BackLink to={paths.surveyResponse.getHref(idParam)}>Back to the survey response</BackLink>;

  return (
    <EditRecord
      noun="survey response"
      documentTitle={`Change survey response ${idParam}`}
      backLink={backLink}
      record={response}
      update={update}
      fields={FORM_FIELDS}
      caption={(data) => <>Survey response {data.id}</>}
    >
      {({ data, etag }) => (
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
      )}
    </EditRecord>
  );
}
