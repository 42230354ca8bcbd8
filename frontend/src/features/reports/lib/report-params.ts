import type { components } from '@/lib/api/schema';
import { financialYearOf } from '@/lib/financial-year';
import { REGIONS } from '@/lib/reference-data';

import { isFinancialYear } from './years';

export type CouncilCounting = components['schemas']['CouncilCounting'];
export type Region = components['schemas']['Region'];

/** What a report is of: the year, how councils are counted, and a region (none: all England). */
export type ReportScope = { year: string; councils: CouncilCounting; region?: Region };

function councilsFrom(value: string | null): CouncilCounting {
  return value === 'current' ? 'current' : 'as-at';
}

function regionFrom(value: string | null): Region | undefined {
  return REGIONS.some((region) => region.value === value) ? (value as Region) : undefined;
}

/** The dashboard's query string: `?year=2024-25&councils=current&region=london&breakdown=peer-days`. */
export function parseDashboardSearch(search: string, today = new Date()): ReportScope & { breakdown?: string } {
  const params = new URLSearchParams(search);
  const year = params.get('year');
  const breakdown = params.get('breakdown')?.trim();
  return {
    year: isFinancialYear(year) ? year : financialYearOf(today),
    councils: councilsFrom(params.get('councils')),
    region: regionFrom(params.get('region')),
    breakdown: breakdown ? breakdown : undefined,
  };
}

/** The councils and region of a page whose year is in its path: `?councils=current&region=london`. */
export function parseScopeSearch(year: string, search: string): ReportScope {
  const params = new URLSearchParams(search);
  return { year, councils: councilsFrom(params.get('councils')), region: regionFrom(params.get('region')) };
}

/** The query string that keeps the councils and region (not the default as-at, not all England) across pages. */
export function scopeSearch(scope: Pick<ReportScope, 'councils' | 'region'>, extra: Record<string, string | undefined> = {}) {
  const params = new URLSearchParams();
  if (scope.councils === 'current') params.set('councils', 'current');
  if (scope.region) params.set('region', scope.region);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The dashboard's query string for a scope (and the figure broken down by region, if any). */
export function dashboardSearch(scope: ReportScope, breakdown?: string): string {
  const params = new URLSearchParams({ year: scope.year });
  if (scope.councils === 'current') params.set('councils', 'current');
  if (scope.region) params.set('region', scope.region);
  if (breakdown) params.set('breakdown', breakdown);
  return `?${params.toString()}`;
}

/** The API's query for a scope. */
export function scopeQuery(scope: Pick<ReportScope, 'councils' | 'region'>) {
  return { councils: scope.councils, ...(scope.region ? { region: scope.region } : {}) };
}
