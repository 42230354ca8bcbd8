import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { PAGE_SIZE, toApiQuery, type SurveyResponseFilters } from '../lib/filters';

type SurveyResponsesQuery = NonNullable<paths['/api/v1/survey-responses']['get']['parameters']['query']>;

export async function getSurveyResponses(filters: SurveyResponseFilters, size = PAGE_SIZE) {
  const { data, error, response } = await api.GET('/api/v1/survey-responses', {
    // Codes and ids from the URL go unchecked: the API answers a bad one with a 400 naming the parameter.
    params: { query: toApiQuery(filters, size) as unknown as SurveyResponsesQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type SurveyResponsePage = Awaited<ReturnType<typeof getSurveyResponses>>;
export type SurveyResponse = NonNullable<SurveyResponsePage['items']>[number];

export const getSurveyResponsesQueryOptions = (filters: SurveyResponseFilters, size = PAGE_SIZE) =>
  queryOptions({
    queryKey: ['survey-responses', 'list', filters, size],
    queryFn: () => getSurveyResponses(filters, size),
  });

export function useSurveyResponses(filters: SurveyResponseFilters, size = PAGE_SIZE) {
  return useQuery({ ...getSurveyResponsesQueryOptions(filters, size), placeholderData: keepPreviousData });
}
