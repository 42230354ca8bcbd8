import { defineUrlFilters, pageParameter, type UrlFilters } from '@/lib/url-filters';

export { PAGE_SIZE } from '@/lib/url-filters';

/** The cohorts list's filters, as kept in the URL query string. */
const cohortFilters = defineUrlFilters([
  'financialYear',
  'programme',
  'theme',
  'region',
  'council',
  'organisation',
  'q',
] as const);

export type CohortFilters = UrlFilters<(typeof cohortFilters.keys)[number]>;
export const { parseFilters, toSearch, filtersFromForm, toApiQuery } = cohortFilters;

/** The enrolments page shown on a cohort's page, from its `?enrolments=` parameter (1 when absent or bad). */
export function enrolmentsPage(search: string): number {
  return pageParameter(search, 'enrolments');
}
