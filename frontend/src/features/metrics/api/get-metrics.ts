import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Metric = components['schemas']['Metric'];
export type MetricDefinition = components['schemas']['MetricDefinition'];
export type MetricKind = components['schemas']['MetricKind'];
export type MetricUnit = components['schemas']['MetricUnit'];
export type AuditEntry = components['schemas']['AuditEntryView'];

/** Every metric, in report order: by section, then position. */
export async function getMetrics(): Promise<Metric[]> {
  const { data, error, response } = await api.GET('/api/v1/metrics');
  if (!data) throw toApiError(response, error);
  return data;
}

export const getMetricsQueryOptions = () => queryOptions({ queryKey: ['metrics', 'all'], queryFn: getMetrics });

export function useMetrics() {
  return useQuery(getMetricsQueryOptions());
}

/** One metric with the ETag to send back in `If-Match` when changing it. */
export async function getMetric(key: string): Promise<Versioned<Metric>> {
  const { data, error, response } = await api.GET('/api/v1/metrics/{key}', { params: { path: { key } } });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

export const metricKey = (key: string) => ['metrics', 'detail', key] as const;

export function useMetric(key: string) {
  // Always read afresh before editing, so the ETag is the latest.
  return useQuery({ queryKey: metricKey(key), queryFn: () => getMetric(key), enabled: key !== '', staleTime: 0 });
}

/** A metric's change history, oldest first (LGA staff and administrators). */
export async function getMetricHistory(key: string): Promise<AuditEntry[]> {
  const { data, error, response } = await api.GET('/api/v1/metrics/{key}/history', { params: { path: { key } } });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useMetricHistory(key: string) {
  return useQuery({ queryKey: ['metrics', 'history', key], queryFn: () => getMetricHistory(key), staleTime: 0 });
}
