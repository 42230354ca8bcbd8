import type { Choice, Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

export type SurveySubjectType = components['schemas']['SurveySubjectType'];
export type SurveyAnswer = components['schemas']['SurveyAnswer'];

// Codes from the API contract; labels as the API gives them in `typeLabel`. Themes and roles: `@/lib/reference-data`.
export const SUBJECT_TYPES: (Option & { value: SurveySubjectType })[] = [
  { value: 'event', text: 'Event' },
  { value: 'peer-challenge', text: 'Peer challenge' },
  { value: 'support-engagement', text: 'Support engagement' },
  { value: 'cohort', text: 'Cohort' },
];

/** The satisfaction scale, most satisfied first as respondents see it. */
export const SATISFACTION: Choice[] = [
  { value: '5', text: '5 – Very satisfied' },
  { value: '4', text: '4 – Satisfied' },
  { value: '3', text: '3 – Neither satisfied nor dissatisfied' },
  { value: '2', text: '2 – Dissatisfied' },
  { value: '1', text: '1 – Very dissatisfied' },
  { value: '', text: 'Not answered' },
];

export const ANSWERS: (Option & { value: SurveyAnswer })[] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
  { value: 'not-answered', text: 'Not answered' },
];

/** The list filter (query parameter) that picks one subject of this type. */
export const SUBJECT_PARAMETER = {
  event: 'event',
  'peer-challenge': 'peerChallenge',
  'support-engagement': 'supportEngagement',
  cohort: 'cohort',
} as const satisfies Record<SurveySubjectType, string>;

export type SubjectParameter = (typeof SUBJECT_PARAMETER)[SurveySubjectType];

export function isSubjectType(value: string | null | undefined): value is SurveySubjectType {
  return SUBJECT_TYPES.some((type) => type.value === value);
}

export function subjectTypeLabel(code: string | undefined): string {
  return SUBJECT_TYPES.find((type) => type.value === code)?.text ?? code ?? '';
}

export function answerLabel(code: string | undefined): string {
  return ANSWERS.find((answer) => answer.value === code)?.text ?? code ?? '';
}

/** 5 → "5 – Very satisfied"; none → "Not answered". */
export function satisfactionLabel(score: number | null | undefined): string {
  if (score === null || score === undefined) return 'Not answered';
  return SATISFACTION.find((option) => option.value === String(score))?.text ?? String(score);
}
