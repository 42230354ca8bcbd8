import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toApiQuery, type PeerChallengeFilters } from '../lib/filters';

type PeerChallengesQuery = NonNullable<paths['/api/v1/peer-challenges']['get']['parameters']['query']>;

export async function getPeerChallenges(filters: PeerChallengeFilters) {
  const { data, error, response } = await api.GET('/api/v1/peer-challenges', {
    // Codes from the URL go unchecked: the API answers an unknown one with a 400 naming the allowed values.
    params: { query: toApiQuery(filters) as PeerChallengesQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type PeerChallengePage = Awaited<ReturnType<typeof getPeerChallenges>>;
export type PeerChallenge = NonNullable<PeerChallengePage['items']>[number];

export const getPeerChallengesQueryOptions = (filters: PeerChallengeFilters) =>
  queryOptions({
    queryKey: ['peer-challenges', 'list', filters],
    queryFn: () => getPeerChallenges(filters),
  });

export function usePeerChallenges(filters: PeerChallengeFilters) {
  return useQuery({ ...getPeerChallengesQueryOptions(filters), placeholderData: keepPreviousData });
}
