import { defineUrlFilters, type UrlFilters } from '@/lib/url-filters';

export { PAGE_SIZE } from '@/lib/url-filters';

/** The peer challenges list's filters, as kept in the URL query string. */
const peerChallengeFilters = defineUrlFilters(['financialYear', 'type', 'status', 'region', 'council'] as const);

export type PeerChallengeFilters = UrlFilters<(typeof peerChallengeFilters.keys)[number]>;
export const { parseFilters, toSearch, filtersFromForm, toApiQuery } = peerChallengeFilters;
