import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { EventView } from './get-events';

/** One event with its figures and the ETag to send back in `If-Match` when changing it. */
export async function getEvent(id: number): Promise<Versioned<EventView>> {
  const { data, error, response } = await api.GET('/api/v1/events/{id}', { params: { path: { id } } });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const eventKey = (id: number) => ['events', 'detail', id] as const;

export const getEventQueryOptions = (id: number) =>
  queryOptions({
    queryKey: eventKey(id),
    queryFn: () => getEvent(id),
    // Always read afresh before editing, so the ETag is the latest.
    staleTime: 0,
  });

export function useEvent(id: number) {
  return useQuery({ ...getEventQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
