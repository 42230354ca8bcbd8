import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';

import { toApiQuery, type EventFilters } from '../lib/filters';

type EventsQuery = NonNullable<paths['/api/v1/events']['get']['parameters']['query']>;

export async function getEvents(filters: EventFilters) {
  const { data, error, response } = await api.GET('/api/v1/events', {
    // Codes from the URL go unchecked: the API answers an unknown one with a 400 naming the allowed values.
    params: { query: toApiQuery(filters) as EventsQuery },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type EventPage = Awaited<ReturnType<typeof getEvents>>;
export type EventView = NonNullable<EventPage['items']>[number];

export const getEventsQueryOptions = (filters: EventFilters) =>
  queryOptions({
    queryKey: ['events', 'list', filters],
    queryFn: () => getEvents(filters),
  });

export function useEvents(filters: EventFilters) {
  return useQuery({ ...getEventsQueryOptions(filters), placeholderData: keepPreviousData });
}
