import type { Choice, Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

export type SurveySubjectType = components['schemas']['SurveySubjectType'];
export type SurveyAnswer = components['schemas']['SurveyAnswer'];
export type ParticipantRole = components['schemas']['ParticipantRole'];

// Codes from the API contract; labels as the API gives them in `typeLabel` / `respondentRoleLabel`.
export const SUBJECT_TYPES: (Option & { value: SurveySubjectType })[] = [
  { value: 'event', text: 'Event' },
  { value: 'peer-challenge', text: 'Peer challenge' },
  { value: 'support-engagement', text: 'Support engagement' },
  { value: 'cohort', text: 'Cohort' },
];

export const RESPONDENT_ROLES: (Option & { value: ParticipantRole })[] = [
  { value: 'councillor', text: 'Councillor' },
  { value: 'officer', text: 'Officer' },
  { value: 'chief-executive', text: 'Chief executive' },
  { value: 'other', text: 'Other' },
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

export const THEMES: Option[] = [
  { value: 'governance-and-leadership', text: 'Governance and leadership' },
  { value: 'finance', text: 'Finance' },
  { value: 'workforce', text: 'Workforce' },
  { value: 'transformation', text: 'Transformation' },
  { value: 'peer-challenge', text: 'Peer challenge' },
  { value: 'childrens-services', text: "Children's services" },
  { value: 'adult-social-care', text: 'Adult social care' },
  { value: 'cyber-digital-technology', text: 'Cyber, digital and technology' },
  { value: 'planning', text: 'Planning' },
  { value: 'procurement', text: 'Procurement' },
  { value: 'sustainability', text: 'Sustainability' },
  { value: 'culture-and-sport', text: 'Culture and sport' },
  { value: 'communications', text: 'Communications' },
  { value: 'research-and-data', text: 'Research and data' },
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

export function respondentRoleLabel(code: string | undefined): string {
  return RESPONDENT_ROLES.find((role) => role.value === code)?.text ?? code ?? '';
}

export function answerLabel(code: string | undefined): string {
  return ANSWERS.find((answer) => answer.value === code)?.text ?? code ?? '';
}

/** 5 → "5 – Very satisfied"; none → "Not answered". */
export function satisfactionLabel(score: number | null | undefined): string {
  if (score === null || score === undefined) return 'Not answered';
  return SATISFACTION.find((option) => option.value === String(score))?.text ?? String(score);
}
