import { useParams } from 'react-router';

import { ChangeHistory } from '@/components/history/change-history';
import { paths } from '@/config/paths';

/** Every change to the engagement; readable after it is deleted. */
export function SupportEngagementHistoryRoute() {
  const { id = '' } = useParams();
  return (
    <ChangeHistory
      path="/api/v1/support-engagements/{id}/history"
      id={Number(id)}
      record={`Support engagement ${id}`}
      back={{ to: paths.supportEngagement.getHref(id), text: 'Back to the support engagement' }}
    />
  );
}
