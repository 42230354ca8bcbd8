import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/** The whole catalogue (a few dozen programmes), by name: what a form's programme select offers. */
export async function getProgrammes() {
  const { data, error, response } = await api.GET('/api/v1/programmes', {
    params: { query: { page: 1, size: 100 } },
  });
  if (!data) throw toApiError(response, error);
  return data.items ?? [];
}

export type Programme = Awaited<ReturnType<typeof getProgrammes>>[number];

export const getProgrammesQueryOptions = () =>
  queryOptions({
    queryKey: ['programmes', 'all'],
    queryFn: getProgrammes,
    // Reference data: changes rarely, so one read per visit is enough.
    staleTime: 5 * 60 * 1000,
  });

export function useProgrammes() {
  return useQuery(getProgrammesQueryOptions());
}
