import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type TeamMemberCreate = components['schemas']['TeamMemberCreate'];
export type TeamMemberUpdate = components['schemas']['TeamMemberUpdate'];

export async function addTeamMember(id: number, body: TeamMemberCreate) {
  const { data, error, response } = await api.POST('/api/v1/peer-challenges/{id}/team', {
    params: { path: { id } },
    body,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** `etag` is the challenge's, from the last read of it or its team. */
export async function updateTeamMember(id: number, peerId: number, etag: string, body: TeamMemberUpdate) {
  const { data, error, response } = await api.PUT('/api/v1/peer-challenges/{id}/team/{peerId}', {
    params: { path: { id, peerId }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function removeTeamMember(id: number, peerId: number, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/peer-challenges/{id}/team/{peerId}', {
    params: { path: { id, peerId }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** A team change changes the challenge (version, team size, peer days): read it all again. */
function useInvalidateChallenge() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'peer-challenges' || query.queryKey[0] === 'peers' });
}

export function useAddTeamMember(id: number) {
  const invalidate = useInvalidateChallenge();
  return useMutation({ mutationFn: (body: TeamMemberCreate) => addTeamMember(id, body), onSuccess: invalidate });
}

export function useUpdateTeamMember(id: number) {
  const invalidate = useInvalidateChallenge();
  return useMutation({
    mutationFn: ({ peerId, etag, body }: { peerId: number; etag: string; body: TeamMemberUpdate }) =>
      updateTeamMember(id, peerId, etag, body),
    onSuccess: invalidate,
  });
}

export function useRemoveTeamMember(id: number) {
  const invalidate = useInvalidateChallenge();
  return useMutation({
    mutationFn: ({ peerId, etag }: { peerId: number; etag: string }) => removeTeamMember(id, peerId, etag),
    onSuccess: invalidate,
  });
}
