import { describe, expect, it } from 'vitest';

import { filtersFromForm, parseFilters, toApiQuery, toSearch } from './filters';

describe('programme filters', () => {
  it('reads the filters from the URL, ignoring blanks and bad page numbers', () => {
    expect(parseFilters('?theme=workforce&organisation=solace&q=%20lead%20&funder=&page=x')).toEqual({
      theme: 'workforce',
      organisation: 'solace',
      q: 'lead',
      funder: undefined,
      financialYear: undefined,
      page: 1,
    });
  });

  it('writes them back, in a stable order, without page 1', () => {
    expect(toSearch({ organisation: 'solace', theme: 'workforce', page: 1 })).toBe('?theme=workforce&organisation=solace');
    expect(toSearch({ financialYear: '2025-26', page: 2 })).toBe('?financialYear=2025-26&page=2');
    expect(toSearch({ page: 1 })).toBe('');
  });

  it('starts again on page 1 when the form is submitted', () => {
    const form = new FormData();
    form.set('funder', 'dhsc');
    form.set('q', '');
    expect(filtersFromForm(form)).toMatchObject({ funder: 'dhsc', q: undefined, page: 1 });
  });

  it('asks the API for a page of 25', () => {
    expect(toApiQuery({ theme: 'finance', page: 3 })).toMatchObject({ theme: 'finance', page: 3, size: 25 });
  });
});
