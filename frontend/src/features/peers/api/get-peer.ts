import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { Peer } from './get-peers';

/** One peer with the ETag to send back in `If-Match` when changing them. */
export async function getPeer(id: number): Promise<Versioned<Peer>> {
  const { data, error, response } = await api.GET('/api/v1/peers/{id}', { params: { path: { id } } });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const peerKey = (id: number) => ['peers', 'detail', id] as const;

export const getPeerQueryOptions = (id: number) =>
  queryOptions({
    queryKey: peerKey(id),
    queryFn: () => getPeer(id),
    // Always read afresh before editing, so the ETag is the latest.
    staleTime: 0,
  });

export function usePeer(id: number) {
  return useQuery({ ...getPeerQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
