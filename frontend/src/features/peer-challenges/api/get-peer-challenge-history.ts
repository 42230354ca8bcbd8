import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

export async function getPeerChallengeHistory(id: number) {
  const { data, error, response } = await api.GET('/api/v1/peer-challenges/{id}/history', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type AuditEntry = Awaited<ReturnType<typeof getPeerChallengeHistory>>[number];

export const getPeerChallengeHistoryQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['peer-challenges', 'history', id],
    queryFn: () => getPeerChallengeHistory(id),
    staleTime: 0,
  });

export function usePeerChallengeHistory(id: number) {
  return useQuery(getPeerChallengeHistoryQueryOptions(id));
}
