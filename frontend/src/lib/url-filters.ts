/**
 * A list page's filters, kept in the URL query string so that views are linkable and Back works.
 *
 * A feature names its filter keys once (`defineUrlFilters([...] as const)`) and gets the four conversions
 * every list needs: query string → filters, filters → query string, filter form → filters, filters → API query.
 * Every filter is free text: unknown codes are kept so the API can say what is allowed.
 */

/** The page size every list asks the API for. */
export const PAGE_SIZE = 25;

/** Filters with the given keys, plus the page (1 and up). */
export type UrlFilters<K extends string> = { [P in K]?: string } & { page: number };

/** The page number in a query parameter's value: 1 when it is absent, not a number or below 1. */
export function pageNumber(value: string | null | undefined): number {
  const page = Number.parseInt(value ?? '', 10);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}

/** The page number in a query string's `parameter` (1 when absent or bad). */
export function pageParameter(search: string, parameter: string): number {
  return pageNumber(new URLSearchParams(search).get(parameter));
}

function text(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value ? value : undefined;
}

export function defineUrlFilters<const K extends string>(keys: readonly K[]) {
  type Filters = UrlFilters<K>;

  /** Query string → filters, blanks dropped and trimmed; a missing or bad page is 1. */
  function parseFilters(search: string | URLSearchParams): Filters {
    const params = typeof search === 'string' ? new URLSearchParams(search) : search;
    const filters = { page: pageNumber(params.get('page')) } as Filters;
    for (const key of keys) filters[key] = text(params, key) as Filters[K];
    return filters;
  }

  /** "?key=value&page=2" with only the filters that are set and the page after the first, or "". */
  function toSearch(filters: Partial<Filters>): string {
    const params = new URLSearchParams();
    for (const key of keys) {
      const value = (filters[key] as string | undefined)?.trim();
      if (value) params.set(key, value);
    }
    if (filters.page && filters.page > 1) params.set('page', String(filters.page));
    const query = params.toString();
    return query ? `?${query}` : '';
  }

  /** The filter form's fields → filters, back on page 1. */
  function filtersFromForm(form: FormData): Filters {
    const params = new URLSearchParams();
    for (const key of keys) {
      const value = form.get(key);
      if (typeof value === 'string') params.set(key, value);
    }
    return { ...parseFilters(params), page: 1 };
  }

  /** The filters that are set, as API query parameters (without paging). */
  function toFilterQuery(filters: Filters): Partial<Record<K, string>> {
    const query: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = filters[key] as string | undefined;
      if (value) query[key] = value;
    }
    return query;
  }

  /** The list's API query for these filters: the filters that are set, the page and the page size. */
  function toApiQuery(filters: Filters, size = PAGE_SIZE) {
    return { ...toFilterQuery(filters), page: filters.page, size };
  }

  return { keys, parseFilters, toSearch, filtersFromForm, toFilterQuery, toApiQuery };
}
