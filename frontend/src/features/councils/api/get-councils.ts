import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toApiQuery, type CouncilFilters } from '../lib/filters';

type CouncilsQuery = NonNullable<paths['/api/v1/councils']['get']['parameters']['query']>;

export async function getCouncils(filters: CouncilFilters) {
  const { data, error, response } = await api.GET('/api/v1/councils', {
    // Filter codes come from the URL unchecked on purpose: the API answers an unknown
    // region or type with a 400 naming the allowed values, which the page shows.
    params: { query: toApiQuery(filters) as CouncilsQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type CouncilPage = Awaited<ReturnType<typeof getCouncils>>;
export type CouncilSummary = NonNullable<CouncilPage['items']>[number];

export const getCouncilsQueryOptions = (filters: CouncilFilters) =>
  queryOptions({
    queryKey: ['councils', filters],
    queryFn: () => getCouncils(filters),
  });

export function useCouncils(filters: CouncilFilters) {
  return useQuery({ ...getCouncilsQueryOptions(filters), placeholderData: keepPreviousData });
}
