import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { peerChallengeKey } from './get-peer-challenge';
import type { PeerChallenge } from './get-peer-challenges';

export type PeerChallengeCreate = components['schemas']['PeerChallengeCreate'];
export type PeerChallengeUpdate = components['schemas']['PeerChallengeUpdate'];
export type TransitionRequest = components['schemas']['TransitionRequest'];

export async function createPeerChallenge(body: PeerChallengeCreate): Promise<Versioned<PeerChallenge>> {
  const { data, error, response } = await api.POST('/api/v1/peer-challenges', { body });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Replaces the challenge's fields; `etag` is from the last read (412 if someone changed it since). */
export async function updatePeerChallenge(
  id: number,
  etag: string,
  body: PeerChallengeUpdate,
): Promise<Versioned<PeerChallenge>> {
  const { data, error, response } = await api.PUT('/api/v1/peer-challenges/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export async function transitionPeerChallenge(
  id: number,
  etag: string,
  body: TransitionRequest,
): Promise<Versioned<PeerChallenge>> {
  const { data, error, response } = await api.POST('/api/v1/peer-challenges/{id}/transitions', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** After a write: keep the new version and ETag, and read everything derived from it again. */
export function afterSave(queryClient: QueryClient, saved: Versioned<PeerChallenge>) {
  queryClient.setQueryData(peerChallengeKey(saved.data.id), saved);
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'peer-challenges' &&
      !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.id),
  });
}

export function useCreatePeerChallenge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPeerChallenge,
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

export function useUpdatePeerChallenge(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: PeerChallengeUpdate }) => updatePeerChallenge(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

export function useTransitionPeerChallenge(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: TransitionRequest }) =>
      transitionPeerChallenge(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}
