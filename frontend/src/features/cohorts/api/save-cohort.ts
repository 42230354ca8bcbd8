import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

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
