import { defineUrlFilters, type UrlFilters } from '@/lib/url-filters';

export { PAGE_SIZE } from '@/lib/url-filters';

/** The support engagements list's filters, as kept in the URL query string. */
const supportEngagementFilters = defineUrlFilters([
  'financialYear',
  'programme',
  'theme',
  'region',
  'type',
  'council',
  'organisation',
] as const);

export type SupportEngagementFilters = UrlFilters<(typeof supportEngagementFilters.keys)[number]>;
export const { parseFilters, toSearch, filtersFromForm, toApiQuery } = supportEngagementFilters;
