import { defineUrlFilters, type UrlFilters } from '@/lib/url-filters';

import { SUBJECT_PARAMETER, type SurveySubjectType } from './reference-data';

export { PAGE_SIZE } from '@/lib/url-filters';

/** The survey responses list's filters, as kept in the URL query string. */
const surveyResponseFilters = defineUrlFilters([
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
] as const);

export type SurveyResponseFilters = UrlFilters<(typeof surveyResponseFilters.keys)[number]>;
export const {
  parseFilters,
  toSearch,
  filtersFromForm,
  /** The summary's query for these filters (the list's, without paging). */
  toFilterQuery: toSummaryQuery,
  toApiQuery,
} = surveyResponseFilters;

/** Filters that pick one subject (set by links from a subject's page, kept as hidden fields by the filter form). */
export const SUBJECT_KEYS = ['event', 'peerChallenge', 'supportEngagement', 'cohort', 'council'] as const;

/** The filters that pick one subject's responses. */
export function subjectFilters(subjectType: SurveySubjectType, subjectId: number): SurveyResponseFilters {
  return { subjectType, [SUBJECT_PARAMETER[subjectType]]: String(subjectId), page: 1 };
}
