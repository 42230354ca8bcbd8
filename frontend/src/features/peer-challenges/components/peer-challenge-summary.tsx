import { Link } from 'react-router';

import { SummaryList, type SummaryListRow } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';
import { formatDate, formatDateRange } from '@/lib/format-date';
import { formatDays, formatMoney } from '@/lib/format-number';
import { regionLabel } from '@/lib/reference-data';

import type { PeerChallenge } from '../api/get-peer-challenges';
import { focusAreaLabel, typeLabel } from '../lib/reference-data';
import { StatusTag } from './status-tag';

/** "Yes", "No", or what to say while it is not known. */
export function yesNo(value: boolean | null | undefined, unknown = 'Not known yet'): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return unknown;
}

/** Every field of a peer challenge and its derived figures; staff get "Change" links. */
export function PeerChallengeSummary({ challenge, canChange }: { challenge: PeerChallenge; canChange: boolean }) {
  const change = (what: string): SummaryListRow['action'] =>
    canChange ? { href: paths.editPeerChallenge.getHref(challenge.id), text: 'Change', visuallyHiddenText: what } : undefined;
  const focusAreas = challenge.focusAreas ?? [];
  const rows: SummaryListRow[] = [
    {
      key: 'Council',
      value: (
        <Link className="govuk-link" to={paths.council.getHref(challenge.council.gssCode)}>
          {challenge.council.name}
        </Link>
      ),
      action: change('council'),
    },
    { key: 'Region', value: regionLabel(challenge.region) },
    { key: 'Type', value: challenge.typeLabel ?? typeLabel(challenge.type), action: change('type') },
    { key: 'Status', value: <StatusTag status={challenge.status} label={challenge.statusLabel} /> },
    { key: 'Financial year', value: challenge.financialYear },
    { key: 'Requested', value: formatDate(challenge.requestedDate), action: change('request date') },
    {
      key: 'On site',
      value: formatDateRange(challenge.onSiteStartDate, challenge.onSiteEndDate) || 'Not scheduled',
      action: change('on-site dates'),
    },
    {
      key: 'Focus areas',
      value:
        focusAreas.length > 0 ? (
          <ul className="govuk-list">
            {focusAreas.map((area) => (
              <li key={area}>{focusAreaLabel(area)}</li>
            ))}
          </ul>
        ) : (
          'None recorded'
        ),
      action: change('focus areas'),
    },
    {
      key: 'Peer challenge manager',
      value: challenge.peerChallengeManager || 'Not recorded',
      action: change('peer challenge manager'),
    },
  ];
  if (challenge.type === 'cpc-progress-review' || challenge.followsUpId) {
    rows.push({
      key: 'Follows up',
      value: challenge.followsUpId ? (
        <Link className="govuk-link" to={paths.peerChallenge.getHref(challenge.followsUpId)}>
          Corporate Peer Challenge {challenge.followsUpId}
        </Link>
      ) : (
        'Not recorded'
      ),
      action: change('the CPC it follows up'),
    });
  }
  rows.push(
    {
      key: 'Report published',
      value: formatDate(challenge.reportPublishedDate) || 'Not yet',
      action: change('report publication date'),
    },
    {
      key: 'Action plan published',
      value: formatDate(challenge.actionPlanPublishedDate) || 'Not yet',
      action: change('action plan publication date'),
    },
    { key: 'Publication deadline', value: formatDate(challenge.publicationDeadline) || 'Set once the visit is dated' },
    {
      key: 'Published within 5 months',
      value: challenge.onSiteEndDate ? yesNo(challenge.publishedWithinFiveMonths) : 'Not known yet',
    },
  );
  if (challenge.type === 'cpc') {
    rows.push({ key: 'First CPC for the council', value: yesNo(challenge.firstCpc) });
  }
  rows.push(
    { key: 'Team size', value: String(challenge.teamSize ?? 0) },
    { key: 'Total peer days', value: formatDays(challenge.totalPeerDays ?? 0) },
    { key: 'Estimated saving', value: formatMoney(challenge.estimatedSaving ?? 0) },
  );
  if (challenge.notes !== undefined || canChange) {
    rows.push({ key: 'Notes', value: challenge.notes || 'None', action: change('notes') });
  }
  return <SummaryList rows={rows} />;
}
