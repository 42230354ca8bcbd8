import { describe, expect, it } from 'vitest';

import { formatDays, formatMoney, formatPercent, formatYearsAgo } from './format-number';

describe('formatMoney', () => {
  it.each([
    [22500, '£22,500'],
    [1_500_000, '£1,500,000'],
    [0, '£0'],
    [999.6, '£1,000'],
  ])('formats %s as %s', (pounds, expected) => {
    expect(formatMoney(pounds)).toBe(expected);
  });

  it('shows nothing for no value', () => {
    expect(formatMoney(undefined)).toBe('');
    expect(formatMoney(null)).toBe('');
  });
});

describe('formatPercent', () => {
  it.each([
    [84.5, '84.5%'],
    [100, '100%'],
    [15.55, '15.6%'],
    [0, '0%'],
  ])('formats %s as %s', (percent, expected) => {
    expect(formatPercent(percent)).toBe(expected);
  });
});

describe('formatDays', () => {
  it('counts days in tenths', () => {
    expect(formatDays(4.5)).toBe('4.5 days');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(1500)).toBe('1,500 days');
    expect(formatDays(0)).toBe('0 days');
  });
});

describe('formatYearsAgo', () => {
  it('says how long ago, to a tenth of a year', () => {
    expect(formatYearsAgo(2.14)).toBe('2.1 years ago');
    expect(formatYearsAgo(1)).toBe('1 year ago');
    expect(formatYearsAgo(0.4)).toBe('less than a year ago');
    expect(formatYearsAgo(undefined)).toBe('');
  });
});
