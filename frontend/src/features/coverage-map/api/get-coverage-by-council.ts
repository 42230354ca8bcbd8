import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

export type CoverageByCouncilFilters = { asOf?: string };
type Query = NonNullable<paths['/api/v1/peer-challenges/coverage/councils']['get']['parameters']['query']>;

export async function getCoverageByCouncil(filters: CoverageByCouncilFilters) {
  const { data, error, response } = await api.GET('/api/v1/peer-challenges/coverage/councils', {
    params: { query: filters as Query },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type CoverageByCouncil = Awaited<ReturnType<typeof getCoverageByCouncil>>;
export type CouncilCoverage = CoverageByCouncil['councils'][number];

export const getCoverageByCouncilQueryOptions = (filters: CoverageByCouncilFilters) =>
  queryOptions({
    queryKey: ['peer-challenges', 'coverage', 'councils', filters],
    queryFn: () => getCoverageByCouncil(filters),
  });

export function useCoverageByCouncil(filters: CoverageByCouncilFilters) {
  return useQuery({ ...getCoverageByCouncilQueryOptions(filters), placeholderData: keepPreviousData });
}
