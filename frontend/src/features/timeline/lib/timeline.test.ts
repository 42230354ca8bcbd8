import { describe, expect, it } from 'vitest';

import type { TimelineEntry } from '../api/get-council-timeline';
import { entryHref, entryWhen, groupByFinancialYear, predecessorLabel } from './timeline';

function entry(overrides: Partial<TimelineEntry>): TimelineEntry {
  return {
    kind: 'event',
    kindLabel: 'Event',
    id: 1,
    date: '2024-11-14',
    financialYear: '2024-25',
    title: 'Masterclass',
    summary: '1 attended (1 officer)',
    organisation: { id: 'lga', name: 'LGA' },
    ...overrides,
  };
}

describe('council timeline', () => {
  it('groups entries by financial year, newest year first, keeping their order within a year', () => {
    const groups = groupByFinancialYear([
      entry({ id: 1, financialYear: '2024-25' }),
      entry({ id: 2, financialYear: '2024-25' }),
      entry({ id: 3, financialYear: '2022-23' }),
      entry({ id: 4, financialYear: '2023-24' }),
    ]);
    expect(groups.map((group) => group.financialYear)).toEqual(['2024-25', '2023-24', '2022-23']);
    expect(groups[0].entries.map((e) => e.id)).toEqual([1, 2]);
    expect(groupByFinancialYear([])).toEqual([]);
  });

  it('links each kind to its record’s page', () => {
    expect(entryHref({ kind: 'peer-challenge', id: 42 })).toBe('/peer-challenges/42');
    expect(entryHref({ kind: 'support-engagement', id: 17 })).toBe('/support-engagements/17');
    expect(entryHref({ kind: 'event', id: 311 })).toBe('/events/311');
    expect(entryHref({ kind: 'cohort', id: 8 })).toBe('/cohorts/8');
  });

  it('says when, with the last day when there is one', () => {
    expect(entryWhen({ date: '2024-11-14' })).toBe('14 November 2024');
    expect(entryWhen({ date: '2024-11-14', endDate: '2024-11-15' })).toBe('14 November 2024 to 15 November 2024');
  });

  it('names a predecessor as such', () => {
    expect(predecessorLabel({ gssCode: 'E07000026', name: 'Allerdale' })).toBe('Allerdale (predecessor)');
  });
});
