import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';

import type { TimelineEntry } from '../api/get-council-timeline';

export type YearGroup = { financialYear: string; entries: TimelineEntry[] };

/** Entries (newest first, as the API orders them) grouped by financial year, newest year first. */
export function groupByFinancialYear(entries: TimelineEntry[]): YearGroup[] {
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.financialYear);
    if (group) group.push(entry);
    else groups.set(entry.financialYear, [entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([financialYear, grouped]) => ({ financialYear, entries: grouped }));
}

/** The page of the record behind an entry. */
export function entryHref(entry: Pick<TimelineEntry, 'kind' | 'id'>): string {
  switch (entry.kind) {
    case 'peer-challenge':
      return paths.peerChallenge.getHref(entry.id);
    case 'support-engagement':
      return paths.supportEngagement.getHref(entry.id);
    case 'event':
      return paths.event.getHref(entry.id);
    case 'cohort':
      return paths.cohort.getHref(entry.id);
  }
}

/** "14 November 2024", or with a last day "14 November 2024 to 15 November 2024". */
export function entryWhen(entry: Pick<TimelineEntry, 'date' | 'endDate'>): string {
  return entry.endDate ? `${formatDate(entry.date)} to ${formatDate(entry.endDate)}` : formatDate(entry.date);
}

/** "Allerdale (predecessor)": the council a predecessor's entry went to. */
export function predecessorLabel(predecessor: NonNullable<TimelineEntry['predecessor']>): string {
  return `${predecessor.name} (predecessor)`;
}
