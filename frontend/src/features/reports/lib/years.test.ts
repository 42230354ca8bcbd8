import { describe, expect, it } from 'vitest';

import { isFinancialYear, previousYear, reportsForTrend, reportYears, trendYears } from './years';

describe('report years', () => {
  it('offers this financial year back to 2021-22, newest first (UK time)', () => {
    expect(reportYears(new Date('2026-12-03T12:00:00Z'))).toEqual(['2026-27', '2025-26', '2024-25', '2023-24', '2022-23', '2021-22']);
    // 31 March 2025 late in the evening, UK time: still 2024-25.
    expect(reportYears(new Date('2025-03-31T22:30:00Z'))[0]).toBe('2024-25');
    expect(reportYears(new Date('2025-03-31T23:30:00Z'))[0]).toBe('2025-26');
  });

  it('knows a financial year when it sees one', () => {
    expect(isFinancialYear('2024-25')).toBe(true);
    expect(isFinancialYear('1999-00')).toBe(true);
    expect(isFinancialYear('2024-26')).toBe(false);
    expect(isFinancialYear('2024')).toBe(false);
    expect(isFinancialYear(null)).toBe(false);
    expect(previousYear('2000-01')).toBe('1999-00');
  });

  it('trends over the five years to the chosen one, none before 2021-22', () => {
    expect(trendYears('2026-27')).toEqual(['2022-23', '2023-24', '2024-25', '2025-26', '2026-27']);
    expect(trendYears('2023-24')).toEqual(['2021-22', '2022-23', '2023-24']);
    expect(trendYears('2021-22')).toEqual(['2021-22']);
  });

  it('reads every other year’s report for a trend, since each carries the year before', () => {
    expect(reportsForTrend('2026-27')).toEqual(['2026-27', '2024-25', '2022-23']);
    expect(reportsForTrend('2024-25')).toEqual(['2024-25', '2022-23']);
    expect(reportsForTrend('2022-23')).toEqual(['2022-23']);
  });
});
