import { describe, expect, it } from 'vitest';

import { filtersFromForm, parseFilters, subjectFilters, toApiQuery, toSearch, toSummaryQuery } from './filters';

describe('survey response filters', () => {
  it('reads and writes the URL query string', () => {
    const filters = parseFilters('?financialYear=2024-25&theme=workforce&respondentRole=councillor&page=3&junk=1');
    expect(filters).toMatchObject({ financialYear: '2024-25', theme: 'workforce', respondentRole: 'councillor', page: 3 });
    expect(toSearch(filters)).toBe('?financialYear=2024-25&theme=workforce&respondentRole=councillor&page=3');
    expect(toSearch({ page: 1 })).toBe('');
    expect(parseFilters('?page=0').page).toBe(1);
  });

  it('picks one subject by its own parameter', () => {
    expect(subjectFilters('peer-challenge', 42)).toEqual({ subjectType: 'peer-challenge', peerChallenge: '42', page: 1 });
    expect(toSearch(subjectFilters('support-engagement', 7))).toBe('?subjectType=support-engagement&supportEngagement=7');
  });

  it('asks the summary for the same filters as the list, without paging', () => {
    const filters = parseFilters('?programme=next-generation&cohort=12&page=2');
    expect(toSummaryQuery(filters)).toEqual({ programme: 'next-generation', cohort: '12' });
    expect(toApiQuery(filters)).toEqual({ programme: 'next-generation', cohort: '12', page: 2, size: 25 });
  });

  it('goes back to page 1 when the form is applied', () => {
    const form = new FormData();
    form.set('region', 'london');
    form.set('theme', '');
    expect(filtersFromForm(form)).toEqual({ ...parseFilters(''), region: 'london', page: 1 });
  });
});
