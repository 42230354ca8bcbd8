import { describe, expect, it } from 'vitest';

import { defineUrlFilters, pageNumber, pageParameter } from './url-filters';

const { parseFilters, toSearch, filtersFromForm, toFilterQuery, toApiQuery } = defineUrlFilters([
  'financialYear',
  'theme',
  'region',
  'q',
] as const);

describe('URL filters', () => {
  it('reads every filter and the page from the query string, trimming and dropping blanks', () => {
    expect(parseFilters('?financialYear=2024-25&theme=workforce&q=%20cohort%2025%20&region=&page=3&junk=1')).toEqual({
      financialYear: '2024-25',
      theme: 'workforce',
      region: undefined,
      q: 'cohort 25',
      page: 3,
    });
    expect(parseFilters(new URLSearchParams('region=london')).region).toBe('london');
  });

  it('reads a missing or bad page as page 1', () => {
    expect(parseFilters('').page).toBe(1);
    expect(parseFilters('?page=0').page).toBe(1);
    expect(parseFilters('?page=x').page).toBe(1);
    expect(pageNumber('-1')).toBe(1);
    expect(pageNumber(null)).toBe(1);
    expect(pageParameter('?enrolments=4', 'enrolments')).toBe(4);
    expect(pageParameter('', 'enrolments')).toBe(1);
  });

  it('writes only the filters that are set, in key order, and the page after the first', () => {
    expect(toSearch({ region: 'london', financialYear: '2024-25', page: 1 })).toBe('?financialYear=2024-25&region=london');
    expect(toSearch({ q: 'next gen', page: 2 })).toBe('?q=next+gen&page=2');
    expect(toSearch({ q: '  ', page: 1 })).toBe('');
    expect(toSearch({ page: 1 })).toBe('');
  });

  it('round-trips through the query string', () => {
    const filters = { financialYear: '2024-25', theme: 'finance', page: 3 };
    expect(parseFilters(toSearch(filters))).toMatchObject(filters);
  });

  it('goes back to page 1 when the form is submitted', () => {
    const form = new FormData();
    form.set('theme', 'finance');
    form.set('q', '');
    form.set('page', '4');
    expect(filtersFromForm(form)).toEqual({ ...parseFilters(''), theme: 'finance', page: 1 });
  });

  it('asks the API for the filters that are set and a page of 25', () => {
    const filters = parseFilters('?region=london&theme=workforce&page=2');
    expect(toFilterQuery(filters)).toEqual({ region: 'london', theme: 'workforce' });
    expect(toApiQuery(filters)).toEqual({ region: 'london', theme: 'workforce', page: 2, size: 25 });
    expect(toApiQuery(filters, 100)).toMatchObject({ size: 100 });
  });
});
