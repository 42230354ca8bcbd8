/** The programme list's filters, as kept in the URL query string. */
export type ProgrammeFilters = {
  q?: string;
  theme?: string;
  funder?: string;
  organisation?: string;
  financialYear?: string;
  page: number;
};

export const PAGE_SIZE = 25;
const KEYS = ['q', 'theme', 'funder', 'organisation', 'financialYear'] as const;

function text(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value ? value : undefined;
}

/** Query string → filters. Unknown codes are kept so the API can say what is allowed. */
export function parseFilters(search: string | URLSearchParams): ProgrammeFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const filters: ProgrammeFilters = { page: Number.isFinite(page) && page >= 1 ? page : 1 };
  for (const key of KEYS) filters[key] = text(params, key);
  return filters;
}

/** "?theme=workforce&organisation=solace&page=2", or "" with no filters on page 1. */
export function toSearch(filters: Partial<ProgrammeFilters>): string {
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
export function filtersFromForm(form: FormData): ProgrammeFilters {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = form.get(key);
    if (typeof value === 'string') params.set(key, value);
  }
  return { ...parseFilters(params), page: 1 };
}

/** The query the API takes for these filters. */
export function toApiQuery(filters: ProgrammeFilters) {
  return {
    q: filters.q,
    theme: filters.theme,
    funder: filters.funder,
    organisation: filters.organisation,
    financialYear: filters.financialYear,
    page: filters.page,
    size: PAGE_SIZE,
  };
}
