import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toApiQuery, type CohortFilters } from '../lib/filters';

type CohortsQuery = NonNullable<paths['/api/v1/cohorts']['get']['parameters']['query']>;

export async function getCohorts(filters: CohortFilters) {
  const { data, error, response } = await api.GET('/api/v1/cohorts', {
    // Codes from the URL go unchecked: the API answers an unknown one with a 400 naming the allowed values.
    params: { query: toApiQuery(filters) as CohortsQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type CohortPage = Awaited<ReturnType<typeof getCohorts>>;
export type Cohort = NonNullable<CohortPage['items']>[number];

export const getCohortsQueryOptions = (filters: CohortFilters) =>
  queryOptions({
    queryKey: ['cohorts', 'list', filters],
    queryFn: () => getCohorts(filters),
  });

export function useCohorts(filters: CohortFilters) {
  return useQuery({ ...getCohortsQueryOptions(filters), placeholderData: keepPreviousData });
}
