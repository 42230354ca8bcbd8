import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/** A programme's targets for one financial year (a handful: one page of 100 holds them all). */
export async function getDeliverables(programme: string, financialYear: string) {
  const { data, error, response } = await api.GET('/api/v1/deliverables', {
    params: { query: { programme, financialYear, page: 1, size: 100 } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type DeliverablePage = Awaited<ReturnType<typeof getDeliverables>>;
export type Deliverable = NonNullable<DeliverablePage['items']>[number];

export const deliverablesKey = ['deliverables'] as const;

export const getDeliverablesQueryOptions = (programme: string, financialYear: string) =>
  queryOptions({
    queryKey: [...deliverablesKey, 'list', programme, financialYear],
    queryFn: () => getDeliverables(programme, financialYear),
  });

export function useDeliverables(programme: string, financialYear: string) {
  return useQuery({ ...getDeliverablesQueryOptions(programme, financialYear), enabled: programme !== '' });
}
