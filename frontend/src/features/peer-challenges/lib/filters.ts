/** The peer challenges list's filters, as kept in the URL query string. */
export type PeerChallengeFilters = {
  financialYear?: string;
  type?: string;
  status?: string;
  region?: string;
  council?: string;
  page: number;
};

export const PAGE_SIZE = 25;
const KEYS = ['financialYear', 'type', 'status', 'region', 'council'] as const;

function text(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value ? value : undefined;
}

/** Query string → filters. Unknown codes are kept so the API can say what is allowed. */
export function parseFilters(search: string | URLSearchParams): PeerChallengeFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const filters: PeerChallengeFilters = { page: Number.isFinite(page) && page >= 1 ? page : 1 };
  for (const key of KEYS) filters[key] = text(params, key);
  return filters;
}

/** "?financialYear=2024-25&type=cpc&page=2", or "" with no filters on page 1. */
export function toSearch(filters: Partial<PeerChallengeFilters>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filter form's fields → filters, back on page 1. */
export function filtersFromForm(form: FormData): PeerChallengeFilters {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = form.get(key);
    if (typeof value === 'string') params.set(key, value);
  }
  return { ...parseFilters(params), page: 1 };
}

/** The query the API takes for these filters. */
export function toApiQuery(filters: PeerChallengeFilters) {
  return {
    financialYear: filters.financialYear,
    type: filters.type,
    status: filters.status,
    region: filters.region,
    council: filters.council,
    page: filters.page,
    size: PAGE_SIZE,
  };
}
