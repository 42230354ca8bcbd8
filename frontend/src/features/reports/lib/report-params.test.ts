import { describe, expect, it } from 'vitest';

import { dashboardSearch, parseDashboardSearch, parseScopeSearch, scopeQuery, scopeSearch } from './report-params';

describe('report parameters in the URL', () => {
  const today = new Date('2026-12-03T12:00:00Z');

  it('reads the dashboard’s year, councils, region and breakdown, ignoring what it does not know', () => {
    expect(parseDashboardSearch('?year=2024-25&councils=current&region=london&breakdown=peer-days', today)).toEqual({
      year: '2024-25',
      councils: 'current',
      region: 'london',
      breakdown: 'peer-days',
    });
    expect(parseDashboardSearch('?year=2024&councils=odd&region=wales', today)).toEqual({
      year: '2026-27',
      councils: 'as-at',
      region: undefined,
      breakdown: undefined,
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(dashboardSearch({ year: '2024-25', councils: 'as-at' })).toBe('?year=2024-25');
    expect(dashboardSearch({ year: '2024-25', councils: 'current', region: 'london' }, 'peer-days')).toBe(
      '?year=2024-25&councils=current&region=london&breakdown=peer-days',
    );
    expect(scopeSearch({ councils: 'as-at' })).toBe('');
    expect(scopeSearch({ councils: 'current', region: 'south-west' }, { part: 'denominator', page: undefined })).toBe(
      '?councils=current&region=south-west&part=denominator',
    );
    expect(parseScopeSearch('2023-24', '?councils=current')).toEqual({ year: '2023-24', councils: 'current', region: undefined });
    expect(scopeQuery({ councils: 'as-at' })).toEqual({ councils: 'as-at' });
    expect(scopeQuery({ councils: 'as-at', region: 'london' })).toEqual({ councils: 'as-at', region: 'london' });
  });
});
