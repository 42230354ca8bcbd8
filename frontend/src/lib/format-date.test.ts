import { describe, expect, it } from 'vitest';

import { formatDate, formatDateRange } from './format-date';

describe('formatDate', () => {
  it.each([
    ['2023-04-01', '1 April 2023'],
    ['1974-04-01', '1 April 1974'],
    ['2023-03-31', '31 March 2023'],
    ['2009-12-31T00:00:00Z', '31 December 2009'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('shows nothing for no date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });

  it('passes through text it cannot read', () => {
    expect(formatDate('unknown')).toBe('unknown');
  });
});

describe('formatDateRange', () => {
  it('formats a closed, an open-ended and a start-less period', () => {
    expect(formatDateRange('1974-04-01', '2023-03-31')).toBe('1 April 1974 to 31 March 2023');
    expect(formatDateRange('2023-04-01', null)).toBe('from 1 April 2023');
    expect(formatDateRange(null, '2023-03-31')).toBe('until 31 March 2023');
    expect(formatDateRange(null, null)).toBe('');
  });
});
