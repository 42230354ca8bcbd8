/** The councils list's filters, as kept in the URL query string (so views are linkable and Back works). */
export type CouncilStatus = 'current' | 'ended' | 'all';

export type CouncilFilters = {
  region?: string;
  type?: string;
  status: CouncilStatus;
  q?: string;
  page: number;
};

export const DEFAULT_STATUS: CouncilStatus = 'current';
export const PAGE_SIZE = 25;

const STATUSES: readonly CouncilStatus[] = ['current', 'ended', 'all'];

function text(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value ? value : undefined;
}

/** Query string → filters. Missing or malformed values fall back to the defaults. */
export function parseFilters(search: string | URLSearchParams): CouncilFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const status = params.get('status');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    region: text(params, 'region'),
    type: text(params, 'type'),
    status: STATUSES.includes(status as CouncilStatus) ? (status as CouncilStatus) : DEFAULT_STATUS,
    q: text(params, 'q'),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** Filters → query string parameters, leaving out defaults so URLs stay short and canonical. */
export function toSearchParams(filters: Partial<CouncilFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.region) params.set('region', filters.region);
  if (filters.type) params.set('type', filters.type);
  if (filters.status && filters.status !== DEFAULT_STATUS) params.set('status', filters.status);
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** "?region=london&page=2", or "" when every filter has its default. */
export function toSearch(filters: Partial<CouncilFilters>): string {
  const query = toSearchParams(filters).toString();
  return query ? `?${query}` : '';
}

/** The filter form's fields → filters, starting again from page 1. */
export function filtersFromForm(form: FormData): CouncilFilters {
  const params = new URLSearchParams();
  for (const key of ['region', 'type', 'status', 'q']) {
    const value = form.get(key);
    if (typeof value === 'string') params.set(key, value);
  }
  return { ...parseFilters(params), page: 1 };
}

/** The query the API takes for these filters. */
export function toApiQuery(filters: CouncilFilters) {
  return {
    region: filters.region,
    type: filters.type,
    status: filters.status,
    q: filters.q,
    page: filters.page,
    size: PAGE_SIZE,
  };
}
