import { describe, expect, it } from 'vitest';

import { enrolmentsPage, filtersFromForm, parseFilters, toApiQuery, toSearch } from './filters';

describe('cohort filters', () => {
  it('reads the filters and page from the query string, dropping blanks', () => {
    expect(parseFilters('?financialYear=2024-25&theme=workforce&q=%20cohort%2025%20&region=&page=3')).toEqual({
      financialYear: '2024-25',
      programme: undefined,
      theme: 'workforce',
      region: undefined,
      council: undefined,
      organisation: undefined,
      q: 'cohort 25',
      page: 3,
    });
    expect(parseFilters('?page=0').page).toBe(1);
    expect(parseFilters('?page=x').page).toBe(1);
  });

  it('writes only the filters that are set, and the page after the first', () => {
    expect(toSearch({ programme: 'ngdp', council: 'E06000047', page: 1 })).toBe('?programme=ngdp&council=E06000047');
    expect(toSearch({ q: 'next gen', page: 2 })).toBe('?q=next+gen&page=2');
    expect(toSearch({ page: 1 })).toBe('');
  });

  it('goes back to page 1 when the form is submitted', () => {
    const form = new FormData();
    form.set('theme', 'finance');
    form.set('q', '');
    expect(filtersFromForm(form)).toMatchObject({ theme: 'finance', q: undefined, page: 1 });
  });

  it('asks the API for a page of 25', () => {
    expect(toApiQuery(parseFilters('?region=london&page=2'))).toMatchObject({ region: 'london', page: 2, size: 25 });
  });

  it('reads the enrolments page of a cohort page', () => {
    expect(enrolmentsPage('?enrolments=4')).toBe(4);
    expect(enrolmentsPage('')).toBe(1);
    expect(enrolmentsPage('?enrolments=-1')).toBe(1);
  });
});
