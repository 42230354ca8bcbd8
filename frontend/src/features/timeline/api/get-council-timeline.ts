import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

export type TimelineFilters = { financialYear?: string; kind?: string };

type TimelineQuery = NonNullable<paths['/api/v1/councils/{gssCode}/timeline']['get']['parameters']['query']>;

export async function getCouncilTimeline(gssCode: string, filters: TimelineFilters) {
  const { data, error, response } = await api.GET('/api/v1/councils/{gssCode}/timeline', {
    // A year from the URL goes unchecked: the API answers a bad one with a 400 naming the parameter.
    params: { path: { gssCode }, query: filters as TimelineQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type CouncilTimeline = Awaited<ReturnType<typeof getCouncilTimeline>>;
export type TimelineEntry = CouncilTimeline['entries'][number];

export const getCouncilTimelineQueryOptions = (gssCode: string, filters: TimelineFilters) =>
  queryOptions({
    queryKey: ['timeline', gssCode, filters],
    queryFn: () => getCouncilTimeline(gssCode, filters),
  });

export function useCouncilTimeline(gssCode: string, filters: TimelineFilters) {
  return useQuery({ ...getCouncilTimelineQueryOptions(gssCode, filters), placeholderData: keepPreviousData });
}
