import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toApiQuery, type ProgrammeFilters } from '../lib/filters';

type ProgrammesQuery = NonNullable<paths['/api/v1/programmes']['get']['parameters']['query']>;

/** One page of the catalogue for the list's filters. */
export async function getProgrammeList(filters: ProgrammeFilters) {
  const { data, error, response } = await api.GET('/api/v1/programmes', {
    // Codes from the URL go unchecked: the API answers an unknown one with a 400 naming the allowed values.
    params: { query: toApiQuery(filters) as ProgrammesQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type ProgrammePage = Awaited<ReturnType<typeof getProgrammeList>>;

export const getProgrammeListQueryOptions = (filters: ProgrammeFilters) =>
  queryOptions({
    queryKey: ['programmes', 'list', filters],
    queryFn: () => getProgrammeList(filters),
  });

export function useProgrammeList(filters: ProgrammeFilters) {
  return useQuery({ ...getProgrammeListQueryOptions(filters), placeholderData: keepPreviousData });
}
