import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { afterDelete } from '@/lib/api/after-delete';
import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { programmeKey } from './get-programme';
import type { Programme } from '@/lib/reference/programmes';

export type ProgrammeCreate = components['schemas']['ProgrammeCreate'];
export type ProgrammeUpdate = components['schemas']['ProgrammeUpdate'];

export async function createProgramme(body: ProgrammeCreate): Promise<Versioned<Programme>> {
  const { data, error, response } = await api.POST('/api/v1/programmes', { body });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Replaces the programme's details; `etag` is from the last read (412 if someone changed it since). */
export async function updateProgramme(id: string, etag: string, body: ProgrammeUpdate): Promise<Versioned<Programme>> {
  const { data, error, response } = await api.PUT('/api/v1/programmes/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** After a write: keep the new version and ETag, and read the catalogue (lists, selects) again. */
function afterSave(queryClient: QueryClient, saved: Versioned<Programme>) {
  queryClient.setQueryData(programmeKey(saved.data.id), saved);
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'programmes' && !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.id),
  });
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProgramme, onSuccess: (saved) => afterSave(queryClient, saved) });
}

export function useUpdateProgramme(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: ProgrammeUpdate }) => updateProgramme(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

/** Deletes the programme; `etag` is from the last read. 409 while anything refers to it (end it instead). */
export async function deleteProgramme(id: string, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/programmes/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** Deletes the programme (the mutation's variable is the ETag of the last read), then reads the catalogue again. */
export function useDeleteProgramme(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => deleteProgramme(id, etag),
    onSuccess: () => afterDelete(queryClient, programmeKey(id), ['programmes']),
  });
}
