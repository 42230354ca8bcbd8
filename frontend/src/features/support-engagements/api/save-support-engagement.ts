import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { afterDelete } from '@/lib/api/after-delete';
import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { supportEngagementKey } from './get-support-engagement';
import type { SupportEngagement } from './get-support-engagements';

export type SupportEngagementCreate = components['schemas']['SupportEngagementCreate'];
export type SupportEngagementUpdate = components['schemas']['SupportEngagementUpdate'];

export async function createSupportEngagement(body: SupportEngagementCreate): Promise<Versioned<SupportEngagement>> {
  const { data, error, response } = await api.POST('/api/v1/support-engagements', { body });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Replaces the engagement's fields; `etag` is from the last read (412 if someone changed it since). */
export async function updateSupportEngagement(
  id: number,
  etag: string,
  body: SupportEngagementUpdate,
): Promise<Versioned<SupportEngagement>> {
  const { data, error, response } = await api.PUT('/api/v1/support-engagements/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** After a write: keep the new version and ETag, and read the lists and council timelines again. */
export function afterSave(queryClient: QueryClient, saved: Versioned<SupportEngagement>) {
  queryClient.setQueryData(supportEngagementKey(saved.data.id), saved);
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'timeline' ||
      (query.queryKey[0] === 'support-engagements' &&
        !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.id)),
  });
}

export function useCreateSupportEngagement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupportEngagement,
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

export function useUpdateSupportEngagement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: SupportEngagementUpdate }) =>
      updateSupportEngagement(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

/** Deletes the engagement; `etag` is from the last read. 409 while survey responses are about it. */
export async function deleteSupportEngagement(id: number, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/support-engagements/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** Deletes the engagement (the mutation's variable is the ETag of the last read), then reads lists and timelines again. */
export function useDeleteSupportEngagement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => deleteSupportEngagement(id, etag),
    onSuccess: () => afterDelete(queryClient, supportEngagementKey(id), ['support-engagements', 'timeline']),
  });
}
