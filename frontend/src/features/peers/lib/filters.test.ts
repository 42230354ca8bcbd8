import { describe, expect, it } from 'vitest';

import { filtersFromForm, parseFilters, toApiQuery, toSearch } from './filters';

describe('peer filters', () => {
  it('reads the filters and page from the query string, ignoring blanks', () => {
    expect(parseFilters('?kind=officer&accredited=true&council=E06000047&q=&page=2')).toEqual({
      q: undefined,
      kind: 'officer',
      council: 'E06000047',
      politicalGroup: undefined,
      accredited: 'true',
      active: undefined,
      page: 2,
    });
  });

  it('goes back to page 1 when the form changes, and asks the API for the page', () => {
    const data = new FormData();
    data.set('q', 'Morgan');
    data.set('active', 'false');
    data.set('council', '');
    const filters = filtersFromForm(data);
    expect(toSearch(filters)).toBe('?q=Morgan&active=false');
    expect(toApiQuery({ ...filters, page: 3 })).toEqual({ q: 'Morgan', active: 'false', page: 3, size: 25 });
  });
});
