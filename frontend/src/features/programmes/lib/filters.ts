import { defineUrlFilters, type UrlFilters } from '@/lib/url-filters';

export { PAGE_SIZE } from '@/lib/url-filters';

/** The programme list's filters, as kept in the URL query string. */
const programmeFilters = defineUrlFilters(['q', 'theme', 'funder', 'organisation', 'financialYear'] as const);

export type ProgrammeFilters = UrlFilters<(typeof programmeFilters.keys)[number]>;
export const { parseFilters, toSearch, filtersFromForm, toApiQuery } = programmeFilters;
