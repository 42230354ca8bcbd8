import { formatDate } from '@/lib/format-date';
import { formatYearsAgo } from '@/lib/format-number';

import { bandInfo } from './bands';
import type { CoverageEntry } from './coverage-entries';

const CHALLENGE_LABELS: Record<string, string> = {
  cpc: 'Corporate Peer Challenge',
  fpc: 'Finance Peer Challenge',
};

export function challengeLabel(type: string | undefined): string {
  return (type && CHALLENGE_LABELS[type]) ?? 'Peer challenge';
}

/** "Corporate Peer Challenge of Allerdale (which it replaced), 10 March 2022", or "None recorded". */
export function lastChallengeText(entry: CoverageEntry): string {
  if (!entry.lastCpcOrFpcDate) return 'None recorded';
  const whose = entry.predecessor ? ` of ${entry.predecessor.name} (which it replaced)` : '';
  return `${challengeLabel(entry.lastType)}${whose}, ${formatDate(entry.lastCpcOrFpcDate)}`;
}

/** "2.1 years ago", "less than a year ago", or "" when there is none. */
export function yearsSinceText(entry: CoverageEntry): string {
  if (entry.yearsSince === undefined || entry.yearsSince === null) return '';
  return formatYearsAgo(entry.yearsSince);
}

/**
 * What a hex says to assistive technology: "Hartlepool: within 2 years. Corporate Peer Challenge, 10 November 2022,
 * 2.1 years ago" or "Rother: none recorded".
 */
export function accessibleName(entry: CoverageEntry): string {
  const band = bandInfo(entry.band).label.toLowerCase();
  if (!entry.lastCpcOrFpcDate) return `${entry.council.name}: no CPC or FPC recorded`;
  return `${entry.council.name}: ${band}. ${lastChallengeText(entry)}, ${yearsSinceText(entry)}`;
}
