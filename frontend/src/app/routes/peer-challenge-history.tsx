import { useParams } from 'react-router';

import { ChangeHistory } from '@/components/history/change-history';
import { paths } from '@/config/paths';

export function PeerChallengeHistoryRoute() {
  const { id = '' } = useParams();
  return (
    <ChangeHistory
      path="/api/v1/peer-challenges/{id}/history"
      id={Number(id)}
      record={`Peer challenge ${id}`}
      back={{ to: paths.peerChallenge.getHref(id), text: 'Back to the peer challenge' }}
    />
  );
}
