import { describe, expect, it } from 'vitest';

import { financialYearOf, isoToday, recentFinancialYears } from './financial-year';

describe('financial years in UK time', () => {
  it('starts the year on 1 April in the UK, whatever UTC says', () => {
    // 00:30 on 1 April 2025 in London (BST) is still 31 March in UTC.
    expect(financialYearOf(new Date('2025-03-31T23:30:00Z'))).toBe('2025-26');
    expect(isoToday(new Date('2025-03-31T23:30:00Z'))).toBe('2025-04-01');
    expect(financialYearOf(new Date('2025-03-31T22:30:00Z'))).toBe('2024-25');
  });

  it('uses GMT in winter', () => {
    expect(isoToday(new Date('2026-01-15T23:59:00Z'))).toBe('2026-01-15');
  });

  it('offers next year, this year and the past five, newest first', () => {
    expect(recentFinancialYears(new Date('2026-11-22T12:00:00Z'))).toEqual([
      '2027-28', '2026-27', '2025-26', '2024-25', '2023-24', '2022-23', '2021-22',
    ]);
  });
});
