import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

export async function getPeerSuggestions(id: number) {
  const { data, error, response } = await api.GET('/api/v1/peer-challenges/{id}/peer-suggestions', {
    params: { path: { id }, query: { size: 10 } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type PeerSuggestions = Awaited<ReturnType<typeof getPeerSuggestions>>;
export type Candidate = NonNullable<PeerSuggestions['items']>[number];

export const getPeerSuggestionsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['peer-challenges', 'suggestions', id],
    queryFn: () => getPeerSuggestions(id),
    staleTime: 0,
  });

export function usePeerSuggestions(id: number, enabled = true) {
  return useQuery({ ...getPeerSuggestionsQueryOptions(id), enabled });
}
