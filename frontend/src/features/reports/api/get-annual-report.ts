import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { scopeQuery, type ReportScope } from '../lib/report-params';
import { reportsForTrend } from '../lib/years';

export type AnnualReport = components['schemas']['AnnualReport'];
export type ReportSection = components['schemas']['ReportSection'];
export type DeliverableProgress = components['schemas']['DeliverableProgress'];
export type ThemeActivity = components['schemas']['ThemeActivity'];

/** The annual report for a year: every figure by section, the deliverables' progress, events by theme. */
export async function getAnnualReport(scope: ReportScope): Promise<AnnualReport> {
  const { data, error, response } = await api.GET('/api/v1/reports/annual/{financialYear}', {
    params: { path: { financialYear: scope.year }, query: scopeQuery(scope) },
  });
  if (!data) throw toApiError(response, error);
  // The operation also answers text/csv (format=csv); without it, JSON.
  return data as AnnualReport;
}

export const annualReportKey = (scope: ReportScope) =>
  ['reports', 'annual', scope.year, scope.councils, scope.region ?? 'england'] as const;

export const getAnnualReportQueryOptions = (scope: ReportScope) =>
  queryOptions({
    queryKey: annualReportKey(scope),
    queryFn: () => getAnnualReport(scope),
    // Computed from every record each time: read it again only after five minutes (or after a metric is changed).
    staleTime: 5 * 60 * 1000,
  });

export function useAnnualReport(scope: ReportScope) {
  return useQuery({ ...getAnnualReportQueryOptions(scope), placeholderData: keepPreviousData });
}

/** A year's value of every figure: metricKey → value (absent: no figure). */
export type YearValues = { year: string; values: Map<string, number | undefined> };

function yearValues(report: AnnualReport): YearValues[] {
  const current = new Map<string, number | undefined>();
  const previous = new Map<string, number | undefined>();
  for (const section of report.sections) {
    for (const figure of section.figures) {
      current.set(figure.metricKey, figure.value);
      previous.set(figure.metricKey, figure.previousValue);
    }
  }
  const start = Number(report.financialYear.slice(0, 4)) - 1;
  const before = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  return [
    { year: report.financialYear, values: current },
    { year: before, values: previous },
  ];
}

/**
 * Every figure's values over the trend's years, oldest first, from the reports of every other year read in
 * parallel (each report carries the year before's values too). `pending` until they have all come.
 */
export function useTrend(scope: ReportScope, years: string[]) {
  const wanted = reportsForTrend(scope.year);
  return useQueries({
    queries: wanted.map((year) => getAnnualReportQueryOptions({ ...scope, year })),
    combine: (results) => {
      const error = results.find((result) => result.error)?.error ?? null;
      const pending = results.some((result) => result.isPending);
      const byYear = new Map<string, Map<string, number | undefined>>();
      for (const result of results) {
        if (!result.data) continue;
        for (const { year, values } of yearValues(result.data)) if (!byYear.has(year)) byYear.set(year, values);
      }
      const series: YearValues[] = years.map((year) => ({ year, values: byYear.get(year) ?? new Map() }));
      return { series, pending, error };
    },
  });
}

export type FigureSeries = components['schemas']['FigureSeries'];
export type FigurePoint = components['schemas']['FigurePoint'];

/** One figure in each of the nine regions in the scope's year (GET …/figures/{metricKey}/regions). */
export async function getRegionalBreakdown(scope: ReportScope, metricKey: string): Promise<FigureSeries> {
  const { data, error, response } = await api.GET('/api/v1/reports/annual/{financialYear}/figures/{metricKey}/regions', {
    params: { path: { financialYear: scope.year, metricKey }, query: { councils: scope.councils } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** One figure's value in each region, read only once a figure is chosen. */
export function useRegionalBreakdown(scope: ReportScope, metricKey: string | undefined) {
  return useQuery({
    queryKey: ['reports', 'regions', scope.year, scope.councils, metricKey] as const,
    queryFn: () => getRegionalBreakdown(scope, metricKey ?? ''),
    enabled: metricKey !== undefined,
    staleTime: 5 * 60 * 1000,
  });
}
