import { useParams } from 'react-router';

import { ChangeHistory } from '@/components/history/change-history';
import { paths } from '@/config/paths';

/** The event's own changes; its attendances have their own. Readable after the event is deleted. */
export function EventHistoryRoute() {
  const { id = '' } = useParams();
  return (
    <ChangeHistory
      path="/api/v1/events/{id}/history"
      id={Number(id)}
      record={`Event ${id}`}
      back={{ to: paths.event.getHref(id), text: 'Back to the event' }}
    />
  );
}
