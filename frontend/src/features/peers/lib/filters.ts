import { defineUrlFilters, type UrlFilters } from '@/lib/url-filters';

export { PAGE_SIZE } from '@/lib/url-filters';

/** The peer pool list's filters, as kept in the URL query string (the API's query parameter names). */
const peerFilters = defineUrlFilters(['q', 'kind', 'council', 'politicalGroup', 'accredited', 'active'] as const);

export type PeerFilters = UrlFilters<(typeof peerFilters.keys)[number]>;
export const { parseFilters, toSearch, filtersFromForm, toApiQuery } = peerFilters;
