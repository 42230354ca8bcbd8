import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { afterDelete } from '@/lib/api/after-delete';
import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { peerKey } from './get-peer';
import type { Peer } from './get-peers';

export type PeerCreate = components['schemas']['PeerCreate'];
export type PeerUpdate = components['schemas']['PeerUpdate'];

export async function createPeer(body: PeerCreate): Promise<Versioned<Peer>> {
  const { data, error, response } = await api.POST('/api/v1/peers', { body });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Replaces the peer's fields; `etag` is from the last read (412 if someone changed them since). */
export async function updatePeer(id: number, etag: string, body: PeerUpdate): Promise<Versioned<Peer>> {
  const { data, error, response } = await api.PUT('/api/v1/peers/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** After a write: keep the new version and ETag, and read the lists (and the team pickers' searches) again. */
export function afterSave(queryClient: QueryClient, saved: Versioned<Peer>) {
  queryClient.setQueryData(peerKey(saved.data.id), saved);
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'peers' && !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.id),
  });
}

export function useCreatePeer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPeer, onSuccess: (saved) => afterSave(queryClient, saved) });
}

export function useUpdatePeer(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: PeerUpdate }) => updatePeer(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

/** Deletes the peer; `etag` is from the last read. 409 once they have served on a team. */
export async function deletePeer(id: number, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/peers/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** Deletes the peer (the mutation's variable is the ETag of the last read), then marks the lists stale. */
export function useDeletePeer(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => deletePeer(id, etag),
    onSuccess: () => afterDelete(queryClient, peerKey(id), ['peers']),
  });
}
