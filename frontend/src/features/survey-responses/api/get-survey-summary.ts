import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toSummaryQuery, type SurveyResponseFilters } from '../lib/filters';

type SummaryQuery = NonNullable<paths['/api/v1/survey-responses/summary']['get']['parameters']['query']>;

/** Satisfaction figures over the responses matching the filters (paging is ignored). */
export async function getSurveySummary(filters: SurveyResponseFilters) {
  const { data, error, response } = await api.GET('/api/v1/survey-responses/summary', {
    params: { query: toSummaryQuery(filters) as unknown as SummaryQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type SurveySummary = Awaited<ReturnType<typeof getSurveySummary>>;

export const getSurveySummaryQueryOptions = (filters: SurveyResponseFilters) =>
  queryOptions({
    queryKey: ['survey-responses', 'summary', toSummaryQuery(filters)],
    queryFn: () => getSurveySummary(filters),
  });

export function useSurveySummary(filters: SurveyResponseFilters) {
  return useQuery({ ...getSurveySummaryQueryOptions(filters), placeholderData: keepPreviousData });
}
