import { describe, expect, it } from 'vitest';

import { lastCpcOrFpc } from './council-peer-challenges';
import { coverageHeadline } from './coverage-view';

describe('lastCpcOrFpc', () => {
  it('gives the date and how long ago', () => {
    expect(lastCpcOrFpc({ lastCpcOrFpcDate: '2023-10-19', yearsSince: 2.1 })).toBe(
      'Last CPC or FPC: 19 October 2023 (2.1 years ago)',
    );
  });

  it('says when there is none', () => {
    expect(lastCpcOrFpc({})).toBe('No CPC or FPC recorded');
  });
});

describe('coverageHeadline', () => {
  it('gives the count, the total and the percentage', () => {
    expect(coverageHeadline({ notCovered: 49, councils: 317, percentageNotCovered: 15.5, asOf: '2025-03-31' })).toBe(
      '49 of 317 councils (15.5%) have had no CPC or FPC in the five years to 31 March 2025',
    );
    expect(coverageHeadline({ notCovered: 1, councils: 39, percentageNotCovered: 2.6, asOf: '2025-03-31' })).toBe(
      '1 of 39 councils (2.6%) has had no CPC or FPC in the five years to 31 March 2025',
    );
  });
});
