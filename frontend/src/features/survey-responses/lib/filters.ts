import { SUBJECT_PARAMETER, type SurveySubjectType } from './reference-data';

/** The survey responses list's filters, as kept in the URL query string. */
export type SurveyResponseFilters = {
  financialYear?: string;
  subjectType?: string;
  programme?: string;
  theme?: string;
  region?: string;
  respondentRole?: string;
  council?: string;
  event?: string;
  peerChallenge?: string;
  supportEngagement?: string;
  cohort?: string;
  page: number;
};

export const PAGE_SIZE = 25;
const KEYS = [
  'financialYear',
  'subjectType',
  'programme',
  'theme',
  'region',
  'respondentRole',
  'council',
  'event',
  'peerChallenge',
  'supportEngagement',
  'cohort',
] as const;
type FilterKey = (typeof KEYS)[number];

/** Filters that pick one subject (set by links from a subject's page, kept as hidden fields by the filter form). */
export const SUBJECT_KEYS = ['event', 'peerChallenge', 'supportEngagement', 'cohort', 'council'] as const;

function text(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value ? value : undefined;
}

/** Query string → filters. Unknown codes are kept so the API can say what is allowed. */
export function parseFilters(search: string | URLSearchParams): SurveyResponseFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const filters: SurveyResponseFilters = { page: Number.isFinite(page) && page >= 1 ? page : 1 };
  for (const key of KEYS) filters[key] = text(params, key);
  return filters;
}

/** "?financialYear=2024-25&theme=workforce&page=2", or "" with no filters on page 1. */
export function toSearch(filters: Partial<SurveyResponseFilters>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filter form's fields → filters, back on page 1. */
export function filtersFromForm(form: FormData): SurveyResponseFilters {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = form.get(key);
    if (typeof value === 'string') params.set(key, value);
  }
  return { ...parseFilters(params), page: 1 };
}

/** The filters that pick one subject's responses. */
export function subjectFilters(subjectType: SurveySubjectType, subjectId: number): SurveyResponseFilters {
  return { subjectType, [SUBJECT_PARAMETER[subjectType]]: String(subjectId), page: 1 };
}

/** The summary's query for these filters (the list's, without paging). */
export function toSummaryQuery(filters: SurveyResponseFilters): Partial<Record<FilterKey, string>> {
  const query: Partial<Record<FilterKey, string>> = {};
  for (const key of KEYS) if (filters[key]) query[key] = filters[key];
  return query;
}

/** The list's query for these filters. */
export function toApiQuery(filters: SurveyResponseFilters, size = PAGE_SIZE) {
  return { ...toSummaryQuery(filters), page: filters.page, size };
}
