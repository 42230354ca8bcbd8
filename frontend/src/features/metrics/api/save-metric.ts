import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { etagOf, ifMatch, type Versioned } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { metricKey, type Metric } from './get-metrics';

export type MetricUpdate = components['schemas']['MetricUpdate'];

/**
 * Adds the metric (no ETag: a new key; 428 if the key is taken) or changes it as its next version (`etag` from the
 * last read; 412 if someone changed it since).
 */
export async function putMetric(key: string, etag: string | undefined, body: MetricUpdate): Promise<Versioned<Metric>> {
  const { data, error, response } = await api.PUT('/api/v1/metrics/{key}', {
    params: {
      path: { key },
      // A new metric has no version to match: the API takes a new key without If-Match.
      header: (etag === undefined ? {} : ifMatch(etag)) as { 'If-Match': string },
    },
    body,
  });
  if (!data) throw toApiError(response, error);
  return { data, etag: etagOf(response, data.version) };
}

/** Saves the metric, keeps its new version, and reads the list and every report again (their figures follow it). */
export function useSaveMetric() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, etag, body }: { key: string; etag?: string; body: MetricUpdate }) => putMetric(key, etag, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(metricKey(saved.data.key), saved);
      await Promise.all([
        queryClient.invalidateQueries({
          predicate: (query) =>
            query.queryKey[0] === 'metrics' && !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.data.key),
        }),
        queryClient.invalidateQueries({ queryKey: ['reports'] }),
      ]);
    },
  });
}
