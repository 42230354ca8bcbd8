import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { SurveyResponse } from './get-survey-responses';

/** One survey response with the ETag to send back in `If-Match` when changing it. */
export async function getSurveyResponse(id: number): Promise<Versioned<SurveyResponse>> {
  const { data, error, response } = await api.GET('/api/v1/survey-responses/{id}', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const surveyResponseKey = (id: number) => ['survey-responses', 'detail', id] as const;

export const getSurveyResponseQueryOptions = (id: number) =>
  queryOptions({
    queryKey: surveyResponseKey(id),
    queryFn: () => getSurveyResponse(id),
    // Always read afresh before changing, so the ETag is the latest.
    staleTime: 0,
  });

export function useSurveyResponse(id: number) {
  return useQuery({ ...getSurveyResponseQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
