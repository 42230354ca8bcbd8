import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

import type { ImportSummary } from './get-imports';

/** How often a running import is read again for its progress. */
export const POLL_INTERVAL_MS = 1_000;

/** One import: its status, progress, counts, rejected rows, withdrawals and receipt. */
export async function getImport(id: number): Promise<ImportSummary> {
  const { data, error, response } = await api.GET('/api/v1/imports/{id}', { params: { path: { id } } });
  if (!data) throw toApiError(response, error);
  return data;
}

export const importKey = (id: number) => ['imports', 'detail', id] as const;

export const getImportQueryOptions = (id: number) =>
  queryOptions({
    queryKey: importKey(id),
    queryFn: () => getImport(id),
    // Polled while the job runs; once it has finished, it no longer changes.
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_INTERVAL_MS : false),
  });

export function useImport(id: number) {
  return useQuery({ ...getImportQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
