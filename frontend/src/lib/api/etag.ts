/**
 * Optimistic locking: the API sends a record's version as an `ETag` on reads and
 * writes, and wants it back as `If-Match` on updates (428 without, 412 when stale).
 */

/** A record as read, with the ETag to send back when changing it. */
export type Versioned<T> = { data: T; etag: string };

/**
 * The ETag of a response: the header when there is one, otherwise the record's
 * `version` in the body, quoted as the API quotes it ("3").
 */
export function etagOf(response: Response, version?: number | null): string {
  const header = response.headers.get('ETag');
  if (header) return header;
  return version === undefined || version === null ? '' : `"${version}"`;
}

/** The `If-Match` header for a write, given the ETag of the last read. */
export function ifMatch(etag: string): { 'If-Match': string } {
  if (!etag) throw new Error('No ETag: read the record before changing it.');
  return { 'If-Match': etag };
}
