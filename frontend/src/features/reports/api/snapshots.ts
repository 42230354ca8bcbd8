import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import type { ReportScope } from '../lib/report-params';

export type ReportSnapshot = components['schemas']['ReportSnapshot'];
export type SnapshotDiff = components['schemas']['SnapshotDiff'];
export type FigureChange = components['schemas']['FigureChange'];

const snapshotsKey = (year: string) => ['reports', 'snapshots', year] as const;

/** The year's snapshots, newest first. */
export async function getSnapshots(year: string): Promise<ReportSnapshot[]> {
  const { data, error, response } = await api.GET('/api/v1/reports/annual/{financialYear}/snapshots', {
    params: { path: { financialYear: year } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export const getSnapshotsQueryOptions = (year: string) =>
  queryOptions({ queryKey: snapshotsKey(year), queryFn: () => getSnapshots(year), staleTime: 0 });

export function useSnapshots(year: string) {
  return useQuery(getSnapshotsQueryOptions(year));
}

export async function getSnapshot(year: string, id: number): Promise<ReportSnapshot> {
  const { data, error, response } = await api.GET('/api/v1/reports/annual/{financialYear}/snapshots/{id}', {
    params: { path: { financialYear: year, id } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useSnapshot(year: string, id: number) {
  return useQuery({
    queryKey: [...snapshotsKey(year), id],
    queryFn: () => getSnapshot(year, id),
    enabled: Number.isInteger(id),
    // A snapshot never changes.
    staleTime: Infinity,
  });
}

/** The snapshot against the figures recomputed now. */
export async function getSnapshotDiff(year: string, id: number): Promise<SnapshotDiff> {
  const { data, error, response } = await api.GET('/api/v1/reports/annual/{financialYear}/snapshots/{id}/diff', {
    params: { path: { financialYear: year, id } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useSnapshotDiff(year: string, id: number) {
  return useQuery({
    queryKey: [...snapshotsKey(year), id, 'diff'],
    queryFn: () => getSnapshotDiff(year, id),
    enabled: Number.isInteger(id),
    staleTime: 0,
  });
}

/** Freezes the report of this scope, with an optional note. */
export async function takeSnapshot(scope: ReportScope, note: string | undefined): Promise<ReportSnapshot> {
  const { data, error, response } = await api.POST('/api/v1/reports/annual/{financialYear}/snapshots', {
    params: { path: { financialYear: scope.year } },
    body: { councils: scope.councils, ...(scope.region ? { region: scope.region } : {}), ...(note ? { note } : {}) },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useTakeSnapshot(scope: ReportScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string | undefined) => takeSnapshot(scope, note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotsKey(scope.year) }),
  });
}
