import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryLink } from '@/components/history/history-link';
import { BackLink } from '@/components/ui/back-link';
import { DeleteRecord } from '@/components/ui/confirm-delete';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { usePeer } from '@/features/peers/api/get-peer';
import { useDeletePeer } from '@/features/peers/api/save-peer';
import { PeerSummary } from '@/features/peers/components/peer-summary';
import { isApiError } from '@/lib/api/problem';
import { useDocumentTitle } from '@/lib/use-document-title';

/** One peer, for LGA staff and administrators (the only roles the API lets read the pool). */
export function PeerRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const peer = usePeer(id);
  const remove = useDeletePeer(id);
  const notFound = isApiError(peer.error, 404) || !Number.isInteger(id) || id <= 0;
  const data = peer.data?.data;

  useDocumentTitle(notFound ? 'Peer not found' : peer.error ? 'Error: Peer' : `${data?.name ?? 'Peer'} – Peers`);

  const backLink = <BackLink to={paths.peers.getHref()}>Back to peers</BackLink>;

  if (notFound) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Peer not found</h1>
        <p className="govuk-body">There is no peer {idParam}. They may have been deleted.</p>
      </>
    );
  }
  if (peer.error || !data) {
    return (
      <>
        {backLink}
        {peer.error ? <ProblemSummary error={peer.error} /> : null}
        <h1 className="govuk-heading-l">Peer</h1>
        {peer.error ? null : (
          <p className="govuk-body" role="status">
            Loading peer…
          </p>
        )}
      </>
    );
  }

  return (
    <>
      {backLink}
      <NoticeBanner />
      <span className="govuk-caption-l">{data.kindLabel}</span>
      <h1 className="govuk-heading-l">{data.name}</h1>
      <PeerSummary peer={data} canChange />
      <p className="govuk-body">
        Any self-reported sex or ethnic group is not shown for a person: it is only counted in figures for the whole
        pool.
      </p>
      <HistoryLink to={paths.peerHistory.getHref(data.id)} />
      <DeleteRecord
        noun="peer"
        mutation={remove}
        etag={peer.data?.etag ?? ''}
        onReload={() => void peer.refetch()}
        done={{ to: paths.peers.getHref(), notice: `Peer deleted: ${data.name}` }}
      >
        Delete {data.name} from the peer pool? Their change history is kept. A peer who has served on a peer challenge
        team cannot be deleted: mark them inactive instead.
      </DeleteRecord>
    </>
  );
}
