import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { PeerChallenge } from './get-peer-challenges';

/** One peer challenge with the ETag to send back in `If-Match` when changing it. */
export async function getPeerChallenge(id: number): Promise<Versioned<PeerChallenge>> {
  const { data, error, response } = await api.GET('/api/v1/peer-challenges/{id}', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const peerChallengeKey = (id: number) => ['peer-challenges', 'detail', id] as const;

export const getPeerChallengeQueryOptions = (id: number) =>
  queryOptions({
    queryKey: peerChallengeKey(id),
    queryFn: () => getPeerChallenge(id),
    // Always read afresh before editing, so the ETag is the latest.
    staleTime: 0,
  });

export function usePeerChallenge(id: number) {
  return useQuery({ ...getPeerChallengeQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
