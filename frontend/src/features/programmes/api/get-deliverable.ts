import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { Deliverable } from './get-deliverables';

/** One deliverable with the ETag to send back in `If-Match` when changing it. */
export async function getDeliverable(id: number): Promise<Versioned<Deliverable>> {
  const { data, error, response } = await api.GET('/api/v1/deliverables/{id}', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const deliverableKey = (id: number) => ['deliverables', 'detail', id] as const;

export const getDeliverableQueryOptions = (id: number) =>
  queryOptions({
    queryKey: deliverableKey(id),
    queryFn: () => getDeliverable(id),
    staleTime: 0,
  });

export function useDeliverable(id: number) {
  return useQuery({ ...getDeliverableQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
