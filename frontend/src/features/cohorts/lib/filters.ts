/** The cohorts list's filters, as kept in the URL query string. */
export type CohortFilters = {
  financialYear?: string;
  programme?: string;
  theme?: string;
  region?: string;
  council?: string;
  organisation?: string;
  q?: string;
  page: number;
};

export const PAGE_SIZE = 25;
const KEYS = ['financialYear', 'programme', 'theme', 'region', 'council', 'organisation', 'q'] as const;

function text(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value ? value : undefined;
}

/** Query string → filters. Unknown codes are kept so the API can say what is allowed. */
export function parseFilters(search: string | URLSearchParams): CohortFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const filters: CohortFilters = { page: Number.isFinite(page) && page >= 1 ? page : 1 };
  for (const key of KEYS) filters[key] = text(params, key);
  return filters;
}

/** "?financialYear=2024-25&theme=workforce&page=2", or "" with no filters on page 1. */
export function toSearch(filters: Partial<CohortFilters>): string {
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
export function filtersFromForm(form: FormData): CohortFilters {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = form.get(key);
    if (typeof value === 'string') params.set(key, value);
  }
  return { ...parseFilters(params), page: 1 };
}

/** The query the API takes for these filters. */
export function toApiQuery(filters: CohortFilters) {
  return {
    financialYear: filters.financialYear,
    programme: filters.programme,
    theme: filters.theme,
    region: filters.region,
    council: filters.council,
    organisation: filters.organisation,
    q: filters.q,
    page: filters.page,
    size: PAGE_SIZE,
  };
}

/** The enrolments page shown on a cohort's page, from its `?enrolments=` parameter (1 when absent or bad). */
export function enrolmentsPage(search: string): number {
  const page = Number.parseInt(new URLSearchParams(search).get('enrolments') ?? '', 10);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}
