import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { summariseResults } from '@/lib/results-summary';

import type { Peer } from '../api/get-peers';
import { peerKindLabel, politicalGroupLabel } from '../lib/reference-data';

/** "Accredited 15 June 2021", or "Not accredited". */
export function accreditation(peer: Pick<Peer, 'accreditationDate'>): string {
  return peer.accreditationDate ? `Accredited ${formatDate(peer.accreditationDate)}` : 'Not accredited';
}

/** Peers, one a row; the first column links to the peer. Never any self-reported diversity data. */
export function PeersTable({ peers, caption }: { peers: Peer[]; caption: ReactNode }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={peers}
      rowKey={(peer) => peer.id}
      columns={[
        {
          header: 'Name',
          cell: (peer) => (
            <Link className="govuk-link" to={paths.peer.getHref(peer.id)}>
              {peer.name}
            </Link>
          ),
        },
        { header: 'Kind', cell: (peer) => peer.kindLabel ?? peerKindLabel(peer.kind) },
        {
          header: 'Role',
          cell: (peer) => (peer.kind === 'member' ? politicalGroupLabel(peer.politicalGroup) : peer.jobTitle) || '–',
        },
        { header: 'Home council', cell: (peer) => peer.homeCouncil.name },
        { header: 'Accreditation', cell: accreditation },
        {
          header: 'Status',
          cell: (peer) => (peer.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>),
        },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 400 peers". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'peer', 'peers');
}
