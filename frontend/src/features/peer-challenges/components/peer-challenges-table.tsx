import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { formatDateRange } from '@/lib/format-date';
import { summariseResults } from '@/lib/results-summary';

import type { PeerChallenge } from '../api/get-peer-challenges';
import { typeLabel } from '../lib/reference-data';
import { StatusTag } from './status-tag';

type PeerChallengesTableProps = {
  peerChallenges: PeerChallenge[];
  caption: ReactNode;
  captionSize?: 's' | 'm' | 'hidden';
  /** Leave out the council column (on a council's own page). */
  withoutCouncil?: boolean;
};

/** Peer challenges, one a row; the first column links to the challenge. */
export function PeerChallengesTable({
  peerChallenges,
  caption,
  captionSize = 's',
  withoutCouncil = false,
}: PeerChallengesTableProps) {
  const link = (challenge: PeerChallenge, text: ReactNode) => (
    <Link className="govuk-link" to={paths.peerChallenge.getHref(challenge.id)}>
      {text}
    </Link>
  );
  return (
    <Table
      caption={caption}
      captionSize={captionSize}
      rows={peerChallenges}
      rowKey={(challenge) => challenge.id}
      columns={[
        ...(withoutCouncil
          ? [
              {
                header: 'Type',
                cell: (challenge: PeerChallenge) => link(challenge, challenge.typeLabel ?? typeLabel(challenge.type)),
              },
            ]
          : [
              {
                header: 'Council',
                cell: (challenge: PeerChallenge) =>
                  link(
                    challenge,
                    <>
                      {challenge.council.name}
                      <span className="govuk-visually-hidden">, peer challenge {challenge.id}</span>
                    </>,
                  ),
              },
              { header: 'Type', cell: (challenge: PeerChallenge) => challenge.typeLabel ?? typeLabel(challenge.type) },
            ]),
        { header: 'Status', cell: (challenge) => <StatusTag status={challenge.status} label={challenge.statusLabel} /> },
        {
          header: 'On site',
          cell: (challenge) => formatDateRange(challenge.onSiteStartDate, challenge.onSiteEndDate) || 'Not scheduled',
        },
        { header: 'Financial year', cell: (challenge) => challenge.financialYear },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 112 peer challenges". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'peer challenge', 'peer challenges');
}
