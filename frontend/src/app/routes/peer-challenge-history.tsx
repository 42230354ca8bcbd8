import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { usePeerChallengeHistory } from '@/features/peer-challenges/api/get-peer-challenge-history';
import { HistoryTable } from '@/features/peer-challenges/components/history-table';
import { useDocumentTitle } from '@/lib/use-document-title';

export function PeerChallengeHistoryRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const history = usePeerChallengeHistory(id);
  useDocumentTitle(history.error ? 'Error: Change history' : `Change history – Peer challenge ${idParam}`);
  return (
    <>
      <BackLink to={paths.peerChallenge.getHref(idParam)}>Back to the peer challenge</BackLink>
      {history.error ? <ProblemSummary error={history.error} /> : null}
      <span className="govuk-caption-l">Peer challenge {idParam}</span>
      <h1 className="govuk-heading-l">Change history</h1>
      {history.isPending ? (
        <p className="govuk-body" role="status">
          Loading the history…
        </p>
      ) : history.data && history.data.length === 0 ? (
        <p className="govuk-body">No changes are recorded.</p>
      ) : history.data ? (
        <HistoryTable entries={history.data} />
      ) : null}
    </>
  );
}
