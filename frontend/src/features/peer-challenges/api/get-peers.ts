import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/** Active peers whose name contains `q`, for the team picker. */
export async function getPeers(q: string) {
  const { data, error, response } = await api.GET('/api/v1/peers', {
    params: { query: { q, active: true, size: 20 } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type PeerPage = Awaited<ReturnType<typeof getPeers>>;
export type Peer = NonNullable<PeerPage['items']>[number];

export const getPeersQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['peers', 'search', q],
    queryFn: () => getPeers(q),
  });

export function usePeers(q: string) {
  return useQuery({ ...getPeersQueryOptions(q), enabled: q.trim().length > 0 });
}
