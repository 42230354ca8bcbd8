import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { SupportEngagement } from './get-support-engagements';

/** One support engagement with the ETag to send back in `If-Match` when changing it. */
export async function getSupportEngagement(id: number): Promise<Versioned<SupportEngagement>> {
  const { data, error, response } = await api.GET('/api/v1/support-engagements/{id}', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const supportEngagementKey = (id: number) => ['support-engagements', 'detail', id] as const;

export const getSupportEngagementQueryOptions = (id: number) =>
  queryOptions({
    queryKey: supportEngagementKey(id),
    queryFn: () => getSupportEngagement(id),
    // Always read afresh before editing, so the ETag is the latest.
    staleTime: 0,
  });

export function useSupportEngagement(id: number) {
  return useQuery({ ...getSupportEngagementQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
