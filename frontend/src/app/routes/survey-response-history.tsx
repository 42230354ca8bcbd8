import { useParams } from 'react-router';

import { ChangeHistory } from '@/components/history/change-history';
import { paths } from '@/config/paths';

/** Every change to the response, its subject shown as `type:id`. Readable after the response is deleted. */
export function SurveyResponseHistoryRoute() {
  const { id = '' } = useParams();
  return (
    <ChangeHistory
      path="/api/v1/survey-responses/{id}/history"
      id={Number(id)}
      record={`Survey response ${id}`}
      back={{ to: paths.surveyResponse.getHref(id), text: 'Back to the survey response' }}
    />
  );
}
