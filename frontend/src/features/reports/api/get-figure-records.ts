import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { PAGE_SIZE } from '@/lib/url-filters';

import { scopeQuery, type ReportScope } from '../lib/report-params';

export type FigureRecord = components['schemas']['FigureRecord'];
export type FigureRecordPage = components['schemas']['FigureRecordPage'];
export type FigurePart = 'numerator' | 'denominator';

export type FigureRecordsQuery = { scope: ReportScope; metricKey: string; part: FigurePart; page: number };

/** A page of the records behind a figure (for a percentage, those of its numerator or its denominator). */
export async function getFigureRecords({ scope, metricKey, part, page }: FigureRecordsQuery): Promise<FigureRecordPage> {
  const { data, error, response } = await api.GET('/api/v1/reports/annual/{financialYear}/figures/{metricKey}/records', {
    params: {
      path: { financialYear: scope.year, metricKey },
      query: { ...scopeQuery(scope), ...(part === 'denominator' ? { part } : {}), page, size: PAGE_SIZE },
    },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export const getFigureRecordsQueryOptions = (query: FigureRecordsQuery) =>
  queryOptions({
    queryKey: ['reports', 'records', query.scope.year, query.metricKey, query.scope.councils, query.scope.region ?? 'england', query.part, query.page],
    queryFn: () => getFigureRecords(query),
  });

export function useFigureRecords(query: FigureRecordsQuery, enabled = true) {
  return useQuery({ ...getFigureRecordsQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
