import { useParams } from 'react-router';

import { ChangeHistory } from '@/components/history/change-history';
import { paths } from '@/config/paths';

/** The cohort's own changes; its enrolments have their own. Readable after the cohort is deleted. */
export function CohortHistoryRoute() {
  const { id = '' } = useParams();
  return (
    <ChangeHistory
      path="/api/v1/cohorts/{id}/history"
      id={Number(id)}
      record={`Cohort ${id}`}
      back={{ to: paths.cohort.getHref(id), text: 'Back to the cohort' }}
    />
  );
}
