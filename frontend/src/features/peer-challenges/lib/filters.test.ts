import { describe, expect, it } from 'vitest';

import { financialYearOf, recentFinancialYears } from '@/lib/financial-year';
import { filtersFromForm, parseFilters, toApiQuery, toSearch } from './filters';

describe('peer challenge filters', () => {
  it('reads every filter from the query string and defaults to page 1', () => {
    expect(parseFilters('?financialYear=2023-24&type=cpc&status=scheduled&region=london&page=2')).toEqual({
      financialYear: '2023-24',
      type: 'cpc',
      status: 'scheduled',
      region: 'london',
      council: undefined,
      page: 2,
    });
    expect(parseFilters('?page=x&type=')).toMatchObject({ page: 1, type: undefined });
  });

  it('writes only the filters that are set, and round-trips', () => {
    expect(toSearch({ page: 1 })).toBe('');
    const filters = { financialYear: '2024-25', status: 'on-site', page: 3 };
    expect(toSearch(filters)).toBe('?financialYear=2024-25&status=on-site&page=3');
    expect(parseFilters(toSearch(filters))).toMatchObject(filters);
  });

  it('starts again at page 1 when the form is submitted', () => {
    const form = new FormData();
    form.set('financialYear', '2023-24');
    form.set('type', '');
    form.set('region', 'south-west');
    expect(filtersFromForm(form)).toMatchObject({ financialYear: '2023-24', type: undefined, region: 'south-west', page: 1 });
  });

  it('asks the API for pages of 25', () => {
    expect(toApiQuery(parseFilters('?type=fpc'))).toMatchObject({ type: 'fpc', page: 1, size: 25 });
  });
});

describe('financial years', () => {
  it('runs from April to March', () => {
    expect(financialYearOf(new Date('2024-03-31T12:00:00Z'))).toBe('2023-24');
    expect(financialYearOf(new Date('2024-04-01T00:00:00Z'))).toBe('2024-25');
    expect(financialYearOf(new Date('1999-06-01T00:00:00Z'))).toBe('1999-00');
  });

  it('offers next year, this year and five before, newest first', () => {
    expect(recentFinancialYears(new Date('2025-05-01T00:00:00Z'))).toEqual([
      '2026-27',
      '2025-26',
      '2024-25',
      '2023-24',
      '2022-23',
      '2021-22',
      '2020-21',
    ]);
  });
});
