import type { ReactNode } from 'react';

import { Pagination } from '@/components/ui/pagination';
import { PAGE_SIZE } from '@/lib/url-filters';

/** What a list page's query (a TanStack Query result for one page of a list) tells its results. */
type ListQuery<T> = {
  data?: { items?: T[]; page?: number; size?: number; totalItems?: number; totalPages?: number };
  isPending: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
};

/**
 * A list page's results: a live region with "Loading…" or the results summary, then the table and the
 * pagination when there are items. The region carries `data-loaded-search` (the query string of the
 * results shown, once loaded) for the browser tests.
 */
export function ListResults<T>({
  list,
  error,
  search,
  page: requestedPage,
  loadingText,
  summarise,
  pagesLabel,
  hrefForPage,
  loaded = !list.isFetching && !list.isPlaceholderData,
  busy = list.isFetching,
  beforeSummary,
  children: table,
}: {
  list: ListQuery<T>;
  /** The list's error: no summary, table or pagination when there is one. */
  error: unknown;
  /** The page's query string. */
  search: string;
  /** The page asked for, until the API says which page it sent. */
  page: number;
  loadingText: string;
  /** "Showing 1 to 25 of 40 events", from the page, page size, items shown and total. */
  summarise: (page: number, size: number, shown: number, totalItems: number) => string;
  /** The pagination's accessible name, for example "Events pages". */
  pagesLabel: string;
  hrefForPage: (page: number) => string;
  /** Whether what is shown is final (default: the list is neither fetching nor showing placeholder data). */
  loaded?: boolean;
  /** Whether the live region is busy (default: the list is fetching). */
  busy?: boolean;
  /** Shown in the live region before the summary (for example, figures for the whole list). */
  beforeSummary?: ReactNode;
  /** The table of this page's items. */
  children: (items: T[]) => ReactNode;
}) {
  const data = list.data;
  const items = data?.items ?? [];
  const page = data?.page ?? requestedPage;
  return (
    <>
      <div aria-live="polite" aria-busy={busy} data-loaded-search={loaded ? search : undefined}>
        {beforeSummary}
        {list.isPending ? (
          <p className="govuk-body">{loadingText}</p>
        ) : data && !error ? (
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="results-summary">
            {summarise(page, data.size ?? PAGE_SIZE, items.length, data.totalItems ?? 0)}
          </p>
        ) : null}
      </div>

      {data && !error && items.length > 0 ? (
        <>
          {table(items)}
          <Pagination page={page} totalPages={data.totalPages ?? 0} label={pagesLabel} hrefForPage={hrefForPage} />
        </>
      ) : null}
    </>
  );
}
