import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

export async function getCouncilPeerChallenges(gssCode: string) {
  const { data, error, response } = await api.GET('/api/v1/councils/{gssCode}/peer-challenges', {
    params: { path: { gssCode } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type CouncilPeerChallenges = Awaited<ReturnType<typeof getCouncilPeerChallenges>>;

export const getCouncilPeerChallengesQueryOptions = (gssCode: string) =>
  queryOptions({
    queryKey: ['peer-challenges', 'council', gssCode],
    queryFn: () => getCouncilPeerChallenges(gssCode),
  });

export function useCouncilPeerChallenges(gssCode: string, enabled = true) {
  return useQuery({ ...getCouncilPeerChallengesQueryOptions(gssCode), enabled: enabled && gssCode !== '' });
}
