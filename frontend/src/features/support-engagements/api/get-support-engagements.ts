import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toApiQuery, type SupportEngagementFilters } from '../lib/filters';

type SupportEngagementsQuery = NonNullable<paths['/api/v1/support-engagements']['get']['parameters']['query']>;

export async function getSupportEngagements(filters: SupportEngagementFilters) {
  const { data, error, response } = await api.GET('/api/v1/support-engagements', {
    // Codes from the URL go unchecked: the API answers an unknown one with a 400 naming the allowed values.
    params: { query: toApiQuery(filters) as SupportEngagementsQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type SupportEngagementPage = Awaited<ReturnType<typeof getSupportEngagements>>;
export type SupportEngagement = NonNullable<SupportEngagementPage['items']>[number];

export const getSupportEngagementsQueryOptions = (filters: SupportEngagementFilters) =>
  queryOptions({
    queryKey: ['support-engagements', 'list', filters],
    queryFn: () => getSupportEngagements(filters),
  });

export function useSupportEngagements(filters: SupportEngagementFilters) {
  return useQuery({ ...getSupportEngagementsQueryOptions(filters), placeholderData: keepPreviousData });
}
