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

/**
 * The programme catalogue as first seeded (V5). The filter keeps any other programme id found in the URL, so a
 * programme added later can still be filtered on; once the programmes API is merged this list can come from it.
 */
export const PROGRAMMES: Option[] = [
  { value: 'amplify', text: 'AMPlify' },
  { value: 'be-a-councillor', text: 'Be a Councillor' },
  { value: 'boosting-middle-leaders', text: 'Boosting Middle Leaders' },
  { value: 'childrens-services-improvement', text: "Children's services improvement" },
  { value: 'civility-in-public-life', text: 'Civility in public life' },
  { value: 'communications-support', text: 'Communications support' },
  { value: 'corporate-peer-challenge', text: 'Corporate Peer Challenge' },
  { value: 'culture-and-sport-improvement', text: 'Culture and sport improvement' },
  { value: 'cyber-360', text: 'Cyber 360' },
  { value: 'focus-on-leadership', text: 'Focus on Leadership weekenders' },
  { value: 'governance-and-scrutiny', text: 'Governance and scrutiny support' },
  { value: 'ignite', text: 'Ignite' },
  { value: 'leadership-academy', text: 'Leadership Academy' },
  { value: 'leadership-essentials', text: 'Leadership Essentials' },
  { value: 'lg-inform', text: 'LG Inform' },
  { value: 'local-partnerships-support', text: 'Local Partnerships support' },
  { value: 'mentoring', text: 'Member mentoring' },
  { value: 'ngdp', text: 'National Graduate Development Programme (Impact)' },
  { value: 'next-generation', text: 'Next Generation' },
  { value: 'ngdp-finance', text: 'NGDP Finance' },
  { value: 'partners-in-care-and-health', text: 'Partners in Care and Health' },
  { value: 'pathways-to-planning', text: 'Pathways to Planning' },
  { value: 'planning-advisory-service', text: 'Planning Advisory Service' },
  { value: 'post-election-support', text: 'Post-election support' },
  { value: 'procurement-support', text: 'Procurement support' },
  { value: 'springboard', text: 'Springboard' },
  { value: 'sustainability-masterclasses', text: 'Sustainability masterclasses' },
  { value: 'targeted-finance-support', text: 'Targeted finance support' },
  { value: 'top-team-development', text: 'Top team development' },
  { value: 'total-leadership', text: 'Total Leadership' },
  { value: 'transformation-experts', text: 'Transformation Experts' },
  { value: 'workforce-support', text: 'Workforce support' },
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
