import { useQuery } from '@tanstack/react-query';

import { api } from './client';
import { toApiError } from './problem';
import type { components, paths } from './schema';

/** One entry of a record's change history: who changed what, and when. */
export type AuditEntry = components['schemas']['AuditEntryView'];

/** The API's change-history reads of one record: `/api/v1/events/{id}/history`, … */
export type HistoryPath = Extract<keyof paths, `/api/v1/${string}/{id}/history`>;
type HistoryId<P extends HistoryPath> = paths[P]['get']['parameters']['path']['id'];

export async function getHistory<P extends HistoryPath>(path: P, id: HistoryId<P>): Promise<AuditEntry[]> {
  // openapi-fetch cannot check one call over a union of paths; the signature above checks the id.
  const { data, error, response } = await api.GET(path as HistoryPath, { params: { path: { id } } } as never);
  if (!data) throw toApiError(response, error);
  return data;
}

/**
 * A record's change history, oldest first. Keyed `[resource, 'history', id]` ("events") so that a
 * write's invalidation of `[resource, …]` reaches it, and read afresh on every visit.
 */
export function useHistory<P extends HistoryPath>(path: P, id: HistoryId<P>) {
  const resource = path.split('/')[3];
  return useQuery({ queryKey: [resource, 'history', id], queryFn: () => getHistory(path, id), staleTime: 0 });
}
