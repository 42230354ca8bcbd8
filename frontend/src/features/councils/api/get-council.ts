import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

export async function getCouncil(gssCode: string) {
  const { data, error, response } = await api.GET('/api/v1/councils/{gssCode}', {
    params: { path: { gssCode } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type CouncilDetail = Awaited<ReturnType<typeof getCouncil>>;
export type CouncilRef = NonNullable<CouncilDetail['predecessors']>[number];

export const getCouncilQueryOptions = (gssCode: string) =>
  queryOptions({
    queryKey: ['councils', 'detail', gssCode],
    queryFn: () => getCouncil(gssCode),
  });

export function useCouncil(gssCode: string) {
  return useQuery(getCouncilQueryOptions(gssCode));
}
