import { describe, expect, it } from 'vitest';

import { attendancePageOf, filtersFromForm, parseFilters, toApiQuery, toSearch } from './filters';

describe('event list filters', () => {
  it('reads every filter and the page from the URL, ignoring blanks and bad pages', () => {
    expect(parseFilters('?financialYear=2024-25&programme=springboard&theme=workforce&region=london&type=webinar&format=online&page=3')).toEqual({
      financialYear: '2024-25',
      programme: 'springboard',
      theme: 'workforce',
      region: 'london',
      type: 'webinar',
      format: 'online',
      council: undefined,
      organisation: undefined,
      q: undefined,
      page: 3,
    });
    expect(parseFilters('?theme=%20&page=0')).toMatchObject({ theme: undefined, page: 1 });
    expect(parseFilters('?page=two').page).toBe(1);
  });

  it('writes only the filters that are set, and the page after the first', () => {
    expect(toSearch({ theme: 'finance', page: 1 })).toBe('?theme=finance');
    expect(toSearch({ region: 'london', type: 'masterclass', page: 2 })).toBe('?region=london&type=masterclass&page=2');
    expect(toSearch({ page: 1 })).toBe('');
  });

  it('starts again at page 1 when the form is submitted', () => {
    const form = new FormData();
    form.set('format', 'hybrid');
    form.set('programme', '');
    expect(filtersFromForm(form)).toMatchObject({ format: 'hybrid', programme: undefined, page: 1 });
  });

  it('asks the API for a page of 25', () => {
    expect(toApiQuery(parseFilters('?council=E06000047&page=2'))).toMatchObject({ council: 'E06000047', page: 2, size: 25 });
  });

  it('reads the attendance page of the event page', () => {
    expect(attendancePageOf('?page=4')).toBe(4);
    expect(attendancePageOf('')).toBe(1);
    expect(attendancePageOf('?page=-1')).toBe(1);
  });
});
