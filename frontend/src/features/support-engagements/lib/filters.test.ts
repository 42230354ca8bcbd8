import { describe, expect, it } from 'vitest';

import { filtersFromForm, parseFilters, toApiQuery, toSearch } from './filters';

describe('support engagement filters', () => {
  it('reads the filters and page from the query string, ignoring blanks and bad pages', () => {
    expect(parseFilters('?financialYear=2024-25&type=mentoring&programme=&page=3')).toEqual({
      financialYear: '2024-25',
      type: 'mentoring',
      programme: undefined,
      theme: undefined,
      region: undefined,
      council: undefined,
      organisation: undefined,
      page: 3,
    });
    expect(parseFilters('?page=0').page).toBe(1);
    expect(parseFilters('?page=two').page).toBe(1);
  });

  it('writes only the filters that are set, and the page after the first', () => {
    expect(toSearch({ page: 1 })).toBe('');
    expect(toSearch({ theme: 'finance', council: 'E06000017', page: 2 })).toBe('?theme=finance&council=E06000017&page=2');
  });

  it('goes back to page 1 when the form changes the filters, keeping a hidden council', () => {
    const form = new FormData();
    form.set('financialYear', '2023-24');
    form.set('region', '');
    form.set('council', 'E06000017');
    expect(filtersFromForm(form)).toMatchObject({ financialYear: '2023-24', council: 'E06000017', page: 1 });
    expect(filtersFromForm(form).region).toBeUndefined();
  });

  it('asks the API for one page of the filtered list', () => {
    expect(toApiQuery(parseFilters('?programme=mentoring&page=2'))).toMatchObject({
      programme: 'mentoring',
      page: 2,
      size: 25,
    });
  });
});
