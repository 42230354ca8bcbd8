import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { Programme } from '@/lib/reference/programmes';

/** One programme with the ETag to send back in `If-Match` when changing it. */
export async function getProgramme(id: string): Promise<Versioned<Programme>> {
  const { data, error, response } = await api.GET('/api/v1/programmes/{id}', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const programmeKey = (id: string) => ['programmes', 'detail', id] as const;

export const getProgrammeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: programmeKey(id),
    queryFn: () => getProgramme(id),
    // Always read afresh before editing, so the ETag is the latest.
    staleTime: 0,
  });

export function useProgramme(id: string) {
  return useQuery({ ...getProgrammeQueryOptions(id), enabled: id !== '' });
}
