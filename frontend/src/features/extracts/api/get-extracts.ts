import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/** Every dataset analysts can pull: its columns, rows now, last change, and the filters that apply. */
export async function getExtracts() {
  const { data, error, response } = await api.GET('/api/v1/extracts');
  if (!data) throw toApiError(response, error);
  return data;
}

export type ExtractDataset = Awaited<ReturnType<typeof getExtracts>>[number];
export type ExtractColumn = ExtractDataset['columns'][number];

export const getExtractsQueryOptions = () =>
  queryOptions({
    queryKey: ['extracts', 'catalogue'],
    queryFn: getExtracts,
  });

export function useExtracts() {
  return useQuery(getExtractsQueryOptions());
}

/** One dataset of the catalogue (undefined once loaded when there is no such dataset). */
export function useExtractDataset(name: string) {
  return useQuery({
    ...getExtractsQueryOptions(),
    select: (datasets) => datasets.find((dataset) => dataset.name === name) ?? null,
  });
}
