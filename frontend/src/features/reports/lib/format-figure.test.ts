import { describe, expect, it } from 'vitest';

import { formatChange, formatFigureValue, formatParts, formatPerCent, formatSaving, formatWhole, hasRecords, unitWords } from './format-figure';

describe('a figure written as the report writes it', () => {
  it('writes whole numbers with thousands separators, rounding half away from zero as the API does', () => {
    expect(formatWhole(1030)).toBe('1,030');
    expect(formatWhole(1043.5)).toBe('1,044');
    expect(formatWhole(2.5)).toBe('3');
  });

  it('writes percentages to the nearest whole per cent, with one decimal where rounding would say 0 or 100', () => {
    expect(formatPerCent(96)).toBe('96 per cent');
    expect(formatPerCent(77.6)).toBe('78 per cent');
    expect(formatPerCent(99.6)).toBe('99.6 per cent');
    expect(formatPerCent(100)).toBe('100 per cent');
    expect(formatPerCent(0.2)).toBe('0.2 per cent');
    expect(formatPerCent(0)).toBe('0 per cent');
  });

  it('writes savings as the published reports do', () => {
    expect(formatSaving(1_500_000)).toBe('c. £1.5 million');
    expect(formatSaving(1_043_500)).toBe('c. £1 million');
    expect(formatSaving(48_200)).toBe('c. £50,000');
    expect(formatSaving(8_400)).toBe('£8,400');
  });

  it('writes a change on the previous year in words', () => {
    expect(formatChange(6, 'councils')).toBe('up 6');
    expect(formatChange(-3, 'councils')).toBe('down 3');
    expect(formatChange(0, 'councils')).toBe('no change');
    expect(formatChange(-4.4, 'per-cent')).toBe('down 4 percentage points');
  });

  it('formats a value by its kind and unit, and names the unit after it', () => {
    expect(formatFigureValue(67, 'councils-engaged', 'councils')).toBe('67');
    expect(formatFigureValue(94.5, 'survey-percentage', 'per-cent')).toBe('95 per cent');
    expect(formatFigureValue(-2, 'change-on-previous-year', 'councils')).toBe('down 2');
    expect(formatFigureValue(undefined, 'record-count', 'records')).toBe('');
    expect(unitWords(67, 'councils-engaged', 'councils')).toBe('councils');
    expect(unitWords(1, 'days-sum', 'days')).toBe('day');
    expect(unitWords(96, 'survey-percentage', 'per-cent')).toBe('');
    expect(formatParts({ numerator: 1030, denominator: 1100 })).toBe('1,030 of 1,100');
    expect(formatParts({})).toBe('');
  });

  it('lists records for every kind but an aggregate-only share and a change', () => {
    expect(hasRecords('councils-engaged')).toBe(true);
    expect(hasRecords('survey-percentage')).toBe(true);
    expect(hasRecords('attribute-share')).toBe(false);
    expect(hasRecords('change-on-previous-year')).toBe(false);
  });
});
