import { useParams } from 'react-router';

import { ChangeHistory } from '@/components/history/change-history';
import { paths } from '@/config/paths';

/** Every change to the peer, self-reported diversity shown only as "withheld"; readable after they are deleted. */
export function PeerHistoryRoute() {
  const { id = '' } = useParams();
  return (
    <ChangeHistory
      path="/api/v1/peers/{id}/history"
      id={Number(id)}
      record={`Peer ${id}`}
      back={{ to: paths.peer.getHref(id), text: 'Back to the peer' }}
    />
  );
}
