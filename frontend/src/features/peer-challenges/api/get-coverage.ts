import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

export type CoverageFilters = { asOf?: string; region?: string; type?: string };
type CoverageQuery = NonNullable<paths['/api/v1/peer-challenges/coverage']['get']['parameters']['query']>;

export async function getCoverage(filters: CoverageFilters) {
  const { data, error, response } = await api.GET('/api/v1/peer-challenges/coverage', {
    params: { query: filters as CoverageQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type Coverage = Awaited<ReturnType<typeof getCoverage>>;
export type UncoveredCouncil = NonNullable<Coverage['notCoveredCouncils']>[number];

export const getCoverageQueryOptions = (filters: CoverageFilters) =>
  queryOptions({
    queryKey: ['peer-challenges', 'coverage', filters],
    queryFn: () => getCoverage(filters),
  });

export function useCoverage(filters: CoverageFilters) {
  return useQuery({ ...getCoverageQueryOptions(filters), placeholderData: keepPreviousData });
}
