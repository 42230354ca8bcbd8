import { ProblemSummary } from '@/components/errors/problem-summary';
import { ButtonLink } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { formatYearsAgo } from '@/lib/format-number';

import { useCouncilPeerChallenges, type CouncilPeerChallenges as History } from '../api/get-council-peer-challenges';
import { PeerChallengesTable } from './peer-challenges-table';

/** "Last CPC or FPC: 19 October 2023 (2.1 years ago)" or "No CPC or FPC recorded". */
export function lastCpcOrFpc(history: Pick<History, 'lastCpcOrFpcDate' | 'yearsSince'>): string {
  if (!history.lastCpcOrFpcDate) return 'No CPC or FPC recorded';
  const ago = formatYearsAgo(history.yearsSince);
  return `Last CPC or FPC: ${formatDate(history.lastCpcOrFpcDate)}${ago ? ` (${ago})` : ''}`;
}

/** A council's peer challenges, newest first, and those of the councils it replaced. */
export function CouncilPeerChallenges({ gssCode, canRecord }: { gssCode: string; canRecord: boolean }) {
  const history = useCouncilPeerChallenges(gssCode);
  return (
    <section aria-labelledby="peer-challenges-heading" data-testid="council-peer-challenges">
      <h2 className="govuk-heading-m" id="peer-challenges-heading">
        Peer challenges
      </h2>
      {history.error ? <ProblemSummary error={history.error} /> : null}
      {history.isPending ? (
        <p className="govuk-body" role="status">
          Loading peer challenges…
        </p>
      ) : null}
      {history.data ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="last-cpc-or-fpc">
            {lastCpcOrFpc(history.data)}
          </p>
          {history.data.peerChallenges.length > 0 ? (
            <PeerChallengesTable
              peerChallenges={history.data.peerChallenges}
              caption={`Peer challenges of ${history.data.council.name}`}
              captionSize="hidden"
              withoutCouncil
            />
          ) : (
            <p className="govuk-body">No peer challenges are recorded for this council.</p>
          )}
          {history.data.predecessors.map((predecessor) =>
            predecessor.peerChallenges.length > 0 ? (
              <div key={predecessor.council.gssCode}>
                <h3 className="govuk-heading-s">Before reorganisation: {predecessor.council.name}</h3>
                <PeerChallengesTable
                  peerChallenges={predecessor.peerChallenges}
                  caption={`Peer challenges of ${predecessor.council.name}`}
                  captionSize="hidden"
                  withoutCouncil
                />
              </div>
            ) : null,
          )}
        </>
      ) : null}
      {canRecord ? (
        <ButtonLink variant="secondary" to={paths.newPeerChallenge.getHref(`?council=${encodeURIComponent(gssCode)}`)}>
          Record a peer challenge for this council
        </ButtonLink>
      ) : null}
    </section>
  );
}
