import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/** Councils whose name matches `q` (current and abolished), for choosing a respondent's council. */
export async function findCouncils(q: string) {
  const { data, error, response } = await api.GET('/api/v1/councils', {
    params: { query: { q, status: 'all', size: 10 } },
  });
  if (!data) throw toApiError(response, error);
  return data.items ?? [];
}

export type CouncilMatch = Awaited<ReturnType<typeof findCouncils>>[number];

export const findCouncilsQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['survey-responses', 'council-search', q], queryFn: () => findCouncils(q) });

export function useCouncilSearch(q: string) {
  const query = q.trim();
  return useQuery({ ...findCouncilsQueryOptions(query), enabled: query.length >= 3 });
}
