import type { Choice, Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';
import { DISABILITIES, ETHNIC_GROUPS, SEXES } from '@/lib/reference-data';

type Schemas = components['schemas'];
export type MetricKind = Schemas['MetricKind'];
export type MetricUnit = Schemas['MetricUnit'];
export type Activity = Schemas['Activity'];

// Codes from the API contract; labels as the API gives them (`kindLabel`, the peer challenge, engagement and
// subject types' labels). Features do not import each other; lists several share are in `@/lib/reference-data`.

export const METRIC_KINDS: (Choice & { value: MetricKind })[] = [
  { value: 'councils-engaged', text: 'Distinct councils engaged' },
  { value: 'record-count', text: 'Count of records' },
  { value: 'distinct-participants', text: 'Distinct participants', hint: 'By pseudonymous key: a person sent by two partners counts once' },
  { value: 'days-sum', text: 'Sum of days (and the saving at a rate per day)' },
  { value: 'survey-percentage', text: 'Percentage of survey responses', hint: 'Giving the chosen answers; unanswered responses left out' },
  { value: 'peer-challenge-percentage', text: 'Percentage of peer challenges', hint: 'Meeting a condition' },
  { value: 'attribute-share', text: 'Share of people with an attribute', hint: 'From self-reported data, in aggregate only' },
  { value: 'change-on-previous-year', text: 'Change on the previous year', hint: 'Of another metric' },
];

export const METRIC_UNITS: (Option & { value: MetricUnit })[] = [
  { value: 'councils', text: 'Councils' },
  { value: 'records', text: 'Records' },
  { value: 'people', text: 'People' },
  { value: 'days', text: 'Days' },
  { value: 'per-cent', text: 'Per cent' },
];

export const ACTIVITIES: (Option & { value: Activity })[] = [
  { value: 'peer-challenge', text: 'Peer challenges, by their on-site date' },
  { value: 'team-member', text: 'Peers on peer challenge teams, by the challenge’s date' },
  { value: 'event', text: 'Events, by their start date' },
  { value: 'attendance', text: 'Attendances (attended), by the event’s start date' },
  { value: 'enrolment', text: 'Enrolments (not withdrawn), by the cohort’s financial year' },
  { value: 'participation', text: 'Attendances and enrolments together' },
  { value: 'support-engagement', text: 'Support engagements, by their start date' },
  { value: 'survey-response', text: 'Survey responses, by their submitted date' },
];

/** The activities each kind counts over (as the API checks them). */
export const KIND_ACTIVITIES: Record<Exclude<MetricKind, 'change-on-previous-year'>, Activity[]> = {
  'councils-engaged': ['peer-challenge', 'team-member', 'attendance', 'enrolment', 'participation', 'support-engagement', 'survey-response'],
  'record-count': ACTIVITIES.map((activity) => activity.value),
  'distinct-participants': ['attendance', 'enrolment', 'participation', 'team-member'],
  'days-sum': ['team-member', 'support-engagement'],
  'survey-percentage': ['survey-response'],
  'peer-challenge-percentage': ['peer-challenge'],
  'attribute-share': ['team-member', 'enrolment'],
};

/** The unit each kind's value is in; a change is in its base metric's unit. */
export const KIND_UNITS: Partial<Record<MetricKind, MetricUnit>> = {
  'councils-engaged': 'councils',
  'record-count': 'records',
  'distinct-participants': 'people',
  'days-sum': 'days',
  'survey-percentage': 'per-cent',
  'peer-challenge-percentage': 'per-cent',
  'attribute-share': 'per-cent',
};

export const PEER_CHALLENGE_TYPES: Choice[] = [
  { value: 'cpc', text: 'Corporate Peer Challenge' },
  { value: 'fpc', text: 'Finance Peer Challenge' },
  { value: 'gpc', text: 'Governance Peer Challenge' },
  { value: 'cpc-progress-review', text: 'CPC progress review' },
  { value: 'communications', text: 'Communications peer review' },
  { value: 'send', text: 'SEND peer review' },
  { value: 'childrens-services', text: 'Children’s services peer review' },
  { value: 'adult-social-care', text: 'Adult social care peer review' },
];

export const TEAM_ROLES: Choice[] = [
  { value: 'lead-member-peer', text: 'Lead member peer' },
  { value: 'member-peer', text: 'Member peer' },
  { value: 'officer-peer', text: 'Officer peer' },
  { value: 'shadow-peer', text: 'Shadow peer' },
];

export const ENGAGEMENT_TYPES: Choice[] = [
  { value: 'mentoring', text: 'Mentoring' },
  { value: 'targeted-finance-support', text: 'Targeted finance support' },
  { value: 'targeted-workforce-support', text: 'Targeted workforce support' },
  { value: 'post-election-support', text: 'Post-election support' },
  { value: 'top-team-development', text: 'Top team development' },
  { value: 'transformation-experts', text: 'Transformation experts' },
  { value: 'other', text: 'Other support' },
];

export const SURVEY_SUBJECTS: Choice[] = [
  { value: 'event', text: 'Events' },
  { value: 'peer-challenge', text: 'Peer challenges' },
  { value: 'support-engagement', text: 'Support engagements' },
  { value: 'cohort', text: 'Cohorts' },
];

export const QUESTIONS: Option[] = [
  { value: 'satisfaction', text: 'Satisfaction (1 to 5)' },
  { value: 'positive-impact', text: 'Positive impact (yes or no)' },
  { value: 'increased-confidence', text: 'Increased confidence (yes or no)' },
  { value: 'would-recommend', text: 'Would recommend (yes or no)' },
];

export const SATISFACTION_ANSWERS: Choice[] = [
  { value: '1', text: '1 – very dissatisfied' },
  { value: '2', text: '2 – dissatisfied' },
  { value: '3', text: '3 – neither' },
  { value: '4', text: '4 – satisfied' },
  { value: '5', text: '5 – very satisfied' },
];

export const YES_NO_ANSWERS: Choice[] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

export const CONDITIONS: Option[] = [
  { value: 'published-within-5-months', text: 'Report and action plan published within five months of the visit' },
  { value: 'first-cpc', text: 'The council’s first CPC' },
];

export const ATTRIBUTES: Option[] = [
  { value: 'sex', text: 'Sex' },
  { value: 'ethnic-group', text: 'Ethnic group' },
  { value: 'disability', text: 'Disability' },
];

/** The values each self-reported attribute takes. */
export const ATTRIBUTE_VALUES: Record<string, Option[]> = {
  sex: SEXES,
  'ethnic-group': ETHNIC_GROUPS,
  disability: DISABILITIES,
};

export const SENTENCE_PLACEHOLDERS = ['{value}', '{numerator}', '{denominator}', '{saving}', '{change}', '{previousValue}', '{financialYear}'];

/** The label of a code in a list, or the code itself. */
export function labelOf(options: readonly Option[], code: string | undefined): string {
  return options.find((option) => option.value === code)?.text ?? code ?? '';
}
