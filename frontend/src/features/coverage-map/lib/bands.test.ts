import { describe, expect, it } from 'vitest';

import { bandInfo, bandOf, BANDS, minusYears } from './bands';

describe('minusYears', () => {
  it('takes whole years off an ISO date, 29 February becoming 28 February in a common year', () => {
    expect(minusYears('2025-06-30', 5)).toBe('2020-06-30');
    expect(minusYears('2024-02-29', 2)).toBe('2022-02-28');
    expect(minusYears('2024-02-29', 4)).toBe('2020-02-29');
    expect(minusYears('2025-01-01', 1)).toBe('2024-01-01');
  });
});

describe('bandOf', () => {
  const asOf = '2025-06-30';

  it('puts a challenge up to exactly two years before within 2 years', () => {
    expect(bandOf('2025-06-30', asOf)).toBe('within-2-years');
    expect(bandOf('2023-06-30', asOf)).toBe('within-2-years');
    expect(bandOf('2023-06-29', asOf)).toBe('within-5-years');
  });

  it('puts one from the first day of the five-year window within 5, and one before it over 5', () => {
    expect(bandOf('2020-06-30', asOf, '2020-06-30')).toBe('within-5-years');
    expect(bandOf('2020-06-29', asOf, '2020-06-30')).toBe('over-5-years');
    expect(bandOf('2020-06-29', asOf)).toBe('over-5-years');
  });

  it('has a band for none recorded, hatched as well as coloured', () => {
    expect(bandOf(undefined, asOf)).toBe('none');
    expect(bandInfo('none')).toMatchObject({ label: 'None recorded', hatched: true });
  });

  it('gives each band its own colour', () => {
    expect(new Set(BANDS.map((band) => band.colour)).size).toBe(BANDS.length);
  });
});
