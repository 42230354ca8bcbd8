/**
 * The line above a paged list: "Showing 26 to 50 of 317 councils", or that nothing matches.
 * `one` and `many` name the things listed ("council", "councils").
 */
export function summariseResults(
  page: number,
  size: number,
  shown: number,
  totalItems: number,
  one: string,
  many: string,
): string {
  if (totalItems === 0 || shown === 0) return `No ${many} match these filters.`;
  const from = (page - 1) * size + 1;
  const to = from + shown - 1;
  return `Showing ${from} to ${to} of ${totalItems.toLocaleString('en-GB')} ${totalItems === 1 ? one : many}`;
}
