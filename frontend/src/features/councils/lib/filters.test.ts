import { describe, expect, it } from 'vitest';

import { filtersFromForm, parseFilters, toApiQuery, toSearch, toSearchParams } from './filters';

describe('parseFilters', () => {
  it('defaults to current councils, page 1, no other filter', () => {
    expect(parseFilters('')).toEqual({
      region: undefined,
      type: undefined,
      status: 'current',
      q: undefined,
      page: 1,
    });
  });

  it('reads every filter from the query string', () => {
    expect(parseFilters('?region=london&type=london-borough&status=all&q=Cumb&page=3')).toEqual({
      region: 'london',
      type: 'london-borough',
      status: 'all',
      q: 'Cumb',
      page: 3,
    });
  });

  it('ignores blank values, an unknown status and a page that is not a positive number', () => {
    expect(parseFilters('?region=&q=%20%20&status=closed&page=-2')).toMatchObject({
      region: undefined,
      q: undefined,
      status: 'current',
      page: 1,
    });
    expect(parseFilters('?page=abc').page).toBe(1);
  });

  it('keeps unknown region and type codes so the API can say what is allowed', () => {
    expect(parseFilters('?region=atlantis').region).toBe('atlantis');
  });
});

describe('toSearch / toSearchParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(toSearch({ status: 'current', page: 1 })).toBe('');
  });

  it('writes the non-default filters', () => {
    expect(toSearch({ region: 'london', status: 'ended', q: ' Cumb ', page: 2 })).toBe(
      '?region=london&status=ended&q=Cumb&page=2',
    );
  });

  it('round-trips through parseFilters', () => {
    const filters = { region: 'north-west', type: 'unitary', status: 'all' as const, q: 'Cumb', page: 4 };
    expect(parseFilters(toSearchParams(filters))).toEqual(filters);
  });
});

describe('filtersFromForm', () => {
  it('takes the form fields and starts again at page 1', () => {
    const form = new FormData();
    form.set('q', 'Cumb');
    form.set('region', '');
    form.set('type', 'unitary');
    form.set('status', 'all');
    expect(filtersFromForm(form)).toEqual({ q: 'Cumb', region: undefined, type: 'unitary', status: 'all', page: 1 });
  });
});

describe('toApiQuery', () => {
  it('asks for pages of 25', () => {
    expect(toApiQuery(parseFilters('?region=london&page=2'))).toEqual({
      region: 'london',
      type: undefined,
      status: 'current',
      q: undefined,
      page: 2,
      size: 25,
    });
  });
});
