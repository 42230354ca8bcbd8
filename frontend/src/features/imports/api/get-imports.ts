import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toApiQuery, type ImportFilters } from '../lib/filters';

type ImportsQuery = NonNullable<paths['/api/v1/imports']['get']['parameters']['query']>;

export async function getImports(filters: ImportFilters) {
  const { data, error, response } = await api.GET('/api/v1/imports', {
    // Codes from the URL go unchecked: the API answers an unknown one with a 400 naming the allowed values.
    params: { query: toApiQuery(filters) as ImportsQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type ImportPage = Awaited<ReturnType<typeof getImports>>;
export type ImportSummary = ImportPage['items'][number];

export const getImportsQueryOptions = (filters: ImportFilters) =>
  queryOptions({
    queryKey: ['imports', 'list', filters],
    queryFn: () => getImports(filters),
  });

export function useImports(filters: ImportFilters) {
  return useQuery({
    ...getImportsQueryOptions(filters),
    placeholderData: keepPreviousData,
    // A running job's counts move; read the page again while one is on it.
    refetchInterval: (query) => (query.state.data?.items.some((item) => item.status === 'running') ? 5_000 : false),
  });
}
