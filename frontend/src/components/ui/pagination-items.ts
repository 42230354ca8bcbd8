export type PaginationItem = { type: 'page'; number: number; current: boolean } | { type: 'ellipsis' };

/**
 * The page links GOV.UK pagination shows: always the first, last, current and
 * its neighbours, with an ellipsis for each gap (a gap of a single page shows that page).
 * e.g. page 7 of 42 → 1 … 6 [7] 8 … 42
 */
export function getPaginationItems(current: number, totalPages: number): PaginationItem[] {
  if (totalPages < 1) return [];
  const page = Math.min(Math.max(1, Math.trunc(current)), totalPages);
  const shown = new Set([1, page - 1, page, page + 1, totalPages].filter((n) => n >= 1 && n <= totalPages));
  // Fill single-page gaps rather than hide one page behind an ellipsis.
  for (const n of [...shown]) {
    if (shown.has(n + 2) && !shown.has(n + 1)) shown.add(n + 1);
  }
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  numbers.forEach((n, index) => {
    if (index > 0 && n - numbers[index - 1] > 1) items.push({ type: 'ellipsis' });
    items.push({ type: 'page', number: n, current: n === page });
  });
  return items;
}
