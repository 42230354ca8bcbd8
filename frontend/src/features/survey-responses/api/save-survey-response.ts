import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { afterDelete } from '@/lib/api/after-delete';
import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import type { SurveyResponse } from './get-survey-responses';
import { surveyResponseKey } from './get-survey-response';

export type SurveyResponseCreate = components['schemas']['SurveyResponseCreate'];
export type SurveyResponseUpdate = components['schemas']['SurveyResponseUpdate'];

export async function createSurveyResponse(body: SurveyResponseCreate): Promise<Versioned<SurveyResponse>> {
  const { data, error, response } = await api.POST('/api/v1/survey-responses', { body });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Replaces the response's fields; `etag` is from the last read (412 if someone changed it since). */
export async function updateSurveyResponse(
  id: number,
  etag: string,
  body: SurveyResponseUpdate,
): Promise<Versioned<SurveyResponse>> {
  const { data, error, response } = await api.PUT('/api/v1/survey-responses/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** After a write: keep the new version and ETag, and read lists and summaries again. */
function afterSave(queryClient: QueryClient, saved: Versioned<SurveyResponse>) {
  queryClient.setQueryData(surveyResponseKey(saved.data.id), saved);
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'survey-responses' &&
      !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.id),
  });
}

export function useCreateSurveyResponse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSurveyResponse,
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

export function useUpdateSurveyResponse(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: SurveyResponseUpdate }) => updateSurveyResponse(id, etag, body),
    onSuccess: (saved) => afterSave(queryClient, saved),
  });
}

/** Deletes the response; `etag` is from the last read (412 if someone changed it since). */
export async function deleteSurveyResponse(id: number, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/survey-responses/{id}', {
    params: { path: { id }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** Deletes the response (the mutation's variable is the ETag of the last read), then reads lists and summaries again. */
export function useDeleteSurveyResponse(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => deleteSurveyResponse(id, etag),
    onSuccess: () => afterDelete(queryClient, surveyResponseKey(id), ['survey-responses']),
  });
}
