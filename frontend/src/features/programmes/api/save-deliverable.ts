import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { deliverableKey } from './get-deliverable';
import type { Deliverable } from './get-deliverables';

export type DeliverableCreate = components['schemas']['DeliverableCreate'];
export type DeliverableUpdate = components['schemas']['DeliverableUpdate'];

export async function createDeliverable(body: DeliverableCreate): Promise<Versioned<Deliverable>> {
  const { data, error, response } = await api.POST('/api/v1/deliverables', { body });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Replaces the deliverable; `etag` is from the last read (412 if someone changed it since). */
export async function updateDeliverable(
  id: number,
  etag: string,
  body: DeliverableUpdate,
): Promise<Versioned<Deliverable>> {
  const { data, error, response } = await api.PUT('/api/v1/deliverables/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export async function deleteDeliverable(id: number, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/deliverables/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** After a write: read every list of deliverables again. */
function afterSave(queryClient: QueryClient, saved?: Versioned<Deliverable>) {
  if (saved) queryClient.setQueryData(deliverableKey(saved.data.id), saved);
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'deliverables' && !(saved && query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.id),
  });
}

export function useCreateDeliverable() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDeliverable, onSuccess: (saved) => afterSave(queryClient, saved) });
}

export function useUpdateDeliverable(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: DeliverableUpdate }) => updateDeliverable(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

export function useDeleteDeliverable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: number; etag: string }) => deleteDeliverable(id, etag),
    onSuccess: () => afterSave(queryClient),
  });
}
