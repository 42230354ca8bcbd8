import { defineUrlFilters, type UrlFilters } from '@/lib/url-filters';

/** The imports list's filters, as kept in the URL query string. */
const importFilters = defineUrlFilters(['dataset', 'status', 'organisation'] as const);

export type ImportFilters = UrlFilters<(typeof importFilters.keys)[number]>;
export const { parseFilters, toSearch, filtersFromForm, toApiQuery } = importFilters;
