import { Link } from 'react-router';

import { SummaryList, type SummaryListRow } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';

import type { Peer } from '../api/get-peers';
import { peerKindLabel, politicalGroupLabel } from '../lib/reference-data';
import { accreditation } from './peers-table';

/** Every field of a peer the API returns (it never returns diversity data), with "Change" links. */
export function PeerSummary({ peer, canChange }: { peer: Peer; canChange: boolean }) {
  const change = (what: string): SummaryListRow['action'] =>
    canChange ? { href: paths.editPeer.getHref(peer.id), text: 'Change', visuallyHiddenText: what } : undefined;
  const rows: SummaryListRow[] = [
    { key: 'Kind of peer', value: peer.kindLabel ?? peerKindLabel(peer.kind), action: change('kind of peer') },
    { key: 'Name', value: peer.name, action: change('name') },
    { key: 'Job title', value: peer.jobTitle || 'Not recorded', action: change('job title') },
  ];
  if (peer.kind === 'member') {
    rows.push({
      key: 'Political group',
      value: politicalGroupLabel(peer.politicalGroup) || 'Not recorded',
      action: change('political group'),
    });
  }
  rows.push(
    {
      key: 'Home council',
      value: (
        <Link className="govuk-link" to={paths.council.getHref(peer.homeCouncil.gssCode)}>
          {peer.homeCouncil.name}
        </Link>
      ),
      action: change('home council'),
    },
    {
      key: 'Email address',
      value: peer.email ? (
        <a className="govuk-link" href={`mailto:${peer.email}`}>
          {peer.email}
        </a>
      ) : (
        'Not recorded'
      ),
      action: change('email address'),
    },
    { key: 'Phone number', value: peer.phone || 'Not recorded', action: change('phone number') },
    { key: 'Accreditation', value: accreditation(peer), action: change('accreditation date') },
    {
      key: 'Available for peer challenge teams',
      value: peer.active ? 'Yes, active' : 'No, inactive',
      action: change('availability'),
    },
  );
  return <SummaryList rows={rows} />;
}
