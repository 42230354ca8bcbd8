import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

export async function getProgrammeHistory(id: string) {
  const { data, error, response } = await api.GET('/api/v1/programmes/{id}/history', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export const getProgrammeHistoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['programmes', 'history', id],
    queryFn: () => getProgrammeHistory(id),
    staleTime: 0,
  });

export function useProgrammeHistory(id: string) {
  return useQuery(getProgrammeHistoryQueryOptions(id));
}
