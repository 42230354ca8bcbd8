import { defineUrlFilters, pageParameter, type UrlFilters } from '@/lib/url-filters';

export { PAGE_SIZE } from '@/lib/url-filters';

/** The events list's filters, as kept in the URL query string. */
const eventFilters = defineUrlFilters([
  'financialYear',
  'programme',
  'theme',
  'region',
  'type',
  'format',
  'council',
  'organisation',
  'q',
] as const);

export type EventFilters = UrlFilters<(typeof eventFilters.keys)[number]>;
export const { parseFilters, toSearch, filtersFromForm, toApiQuery } = eventFilters;

/** The page of an event's attendances, kept in the event page's URL as `?page=`. */
export function attendancePageOf(search: string): number {
  return pageParameter(search, 'page');
}
