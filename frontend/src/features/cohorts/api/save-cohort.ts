import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { afterDelete } from '@/lib/api/after-delete';
import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { CohortCreate, CohortUpdate } from '../lib/form';
import { cohortKey } from './get-cohort';
import type { Cohort } from './get-cohorts';

export async function createCohort(body: CohortCreate): Promise<Versioned<Cohort>> {
  const { data, error, response } = await api.POST('/api/v1/cohorts', { body });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Replaces the cohort's fields; `etag` is from the last read (412 if someone changed it since). */
export async function updateCohort(id: number, etag: string, body: CohortUpdate): Promise<Versioned<Cohort>> {
  const { data, error, response } = await api.PUT('/api/v1/cohorts/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** After a write: keep the new version and ETag, and read the lists again. */
function afterSave(queryClient: QueryClient, saved: Versioned<Cohort>) {
  queryClient.setQueryData(cohortKey(saved.data.id), saved);
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'cohorts' && !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.id),
  });
}

export function useCreateCohort() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCohort, onSuccess: (saved) => afterSave(queryClient, saved) });
}

export function useUpdateCohort(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: CohortUpdate }) => updateCohort(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

/**
 * Deletes the cohort and its enrolments; `etag` is from the last read. 409 while survey responses are about the
 * cohort.
 */
export async function deleteCohort(id: number, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/cohorts/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** Deletes the cohort (the mutation's variable is the ETag of the last read), then reads lists and timelines again. */
export function useDeleteCohort(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => deleteCohort(id, etag),
    onSuccess: () => afterDelete(queryClient, cohortKey(id), ['cohorts', 'timeline']),
  });
}
