import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

/** The team with the challenge's ETag (team changes need it in `If-Match`). */
export async function getTeam(id: number) {
  const { data, error, response } = await api.GET('/api/v1/peer-challenges/{id}/team', {
    params: { path: { id } },
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export type Team = Awaited<ReturnType<typeof getTeam>> extends Versioned<infer T> ? T : never;
export type TeamMember = NonNullable<Team['members']>[number];

export const teamKey = (id: number) => ['peer-challenges', 'team', id] as const;

export const getTeamQueryOptions = (id: number) =>
  queryOptions({
    queryKey: teamKey(id),
    queryFn: () => getTeam(id),
    staleTime: 0,
  });

export function useTeam(id: number) {
  return useQuery(getTeamQueryOptions(id));
}
