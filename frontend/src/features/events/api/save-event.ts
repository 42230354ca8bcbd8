import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { afterDelete } from '@/lib/api/after-delete';
import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { eventKey } from './get-event';
import type { EventView } from './get-events';

export type EventCreate = components['schemas']['EventCreate'];
export type EventUpdate = components['schemas']['EventUpdate'];

export async function createEvent(body: EventCreate): Promise<Versioned<EventView>> {
  const { data, error, response } = await api.POST('/api/v1/events', { body });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Replaces the event's fields; `etag` is from the last read (412 if someone changed it since). */
export async function updateEvent(id: number, etag: string, body: EventUpdate): Promise<Versioned<EventView>> {
  const { data, error, response } = await api.PUT('/api/v1/events/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** After a write: keep the new version and ETag, and read the lists again. */
export function afterSave(queryClient: QueryClient, saved: Versioned<EventView>) {
  queryClient.setQueryData(eventKey(saved.data.id), saved);
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'events' && !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.id),
  });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createEvent, onSuccess: (saved) => afterSave(queryClient, saved) });
}

export function useUpdateEvent(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: EventUpdate }) => updateEvent(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

/** Deletes the event and its attendances; `etag` is from the last read. 409 while survey responses refer to it. */
export async function deleteEvent(id: number, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/events/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** Deletes the event (the mutation's variable is the ETag of the last read), then reads lists and timelines again. */
export function useDeleteEvent(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => deleteEvent(id, etag),
    onSuccess: () => afterDelete(queryClient, eventKey(id), ['events', 'timeline']),
  });
}
