import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { Cohort } from './get-cohorts';

/** One cohort with the ETag to send back in `If-Match` when changing it. */
export async function getCohort(id: number): Promise<Versioned<Cohort>> {
  const { data, error, response } = await api.GET('/api/v1/cohorts/{id}', { params: { path: { id } } });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const cohortKey = (id: number) => ['cohorts', 'detail', id] as const;

export const getCohortQueryOptions = (id: number) =>
  queryOptions({
    queryKey: cohortKey(id),
    queryFn: () => getCohort(id),
    // Always read afresh before editing, so the ETag is the latest.
    staleTime: 0,
  });

export function useCohort(id: number) {
  return useQuery({ ...getCohortQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}

/** The councils of a cohort's enrolments, by name, with counts by status. */
export async function getCohortCouncils(id: number) {
  const { data, error, response } = await api.GET('/api/v1/cohorts/{id}/councils', { params: { path: { id } } });
  if (!data) throw toApiError(response, error);
  return data;
}

export type CohortCouncil = Awaited<ReturnType<typeof getCohortCouncils>>[number];

export function useCohortCouncils(id: number) {
  return useQuery({
    queryKey: ['cohorts', 'councils', id],
    queryFn: () => getCohortCouncils(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Diversity counts, in aggregate only, with small counts suppressed by the API. */
export async function getCohortDiversity(id: number) {
  const { data, error, response } = await api.GET('/api/v1/cohorts/{id}/diversity', { params: { path: { id } } });
  if (!data) throw toApiError(response, error);
  return data;
}

export type CohortDiversity = Awaited<ReturnType<typeof getCohortDiversity>>;
export type DiversityCount = CohortDiversity['sex'][number];

export function useCohortDiversity(id: number) {
  return useQuery({
    queryKey: ['cohorts', 'diversity', id],
    queryFn: () => getCohortDiversity(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}
