import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toApiQuery, type PeerFilters } from '../lib/filters';

type PeersQuery = NonNullable<paths['/api/v1/peers']['get']['parameters']['query']>;

export async function getPeers(filters: PeerFilters) {
  const { data, error, response } = await api.GET('/api/v1/peers', {
    // Values from the URL go unchecked: the API answers a bad one with a 400 naming the field.
    params: { query: toApiQuery(filters) as unknown as PeersQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type PeerPage = Awaited<ReturnType<typeof getPeers>>;
export type Peer = NonNullable<PeerPage['items']>[number];

export const getPeersQueryOptions = (filters: PeerFilters) =>
  queryOptions({
    queryKey: ['peers', 'list', filters],
    queryFn: () => getPeers(filters),
  });

export function usePeers(filters: PeerFilters) {
  return useQuery({ ...getPeersQueryOptions(filters), placeholderData: keepPreviousData });
}
