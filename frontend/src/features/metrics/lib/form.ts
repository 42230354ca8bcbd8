import type { MetricDefinition, MetricKind, MetricUnit } from '../api/get-metrics';
import type { MetricUpdate } from '../api/save-metric';
import type { Activity } from './reference-data';

/**
 * The metric form's fields, keyed by the API's field names (so a problem's `errors[].field`, such as
 * `definition.activity`, finds its field), in page order.
 */
export const METRIC_FIELDS = {
  key: { id: 'key', label: 'Key' },
  label: { id: 'label', label: 'Label' },
  section: { id: 'section', label: 'Section' },
  position: { id: 'position', label: 'Position' },
  kind: { id: 'kind', label: 'Kind' },
  unit: { id: 'unit', label: 'Unit' },
  'definition.baseMetric': { id: 'definition-baseMetric', label: 'Base metric' },
  'definition.activity': { id: 'definition-activity', label: 'Records counted' },
  'definition.programmes': { id: 'definition-programmes', label: 'Programmes' },
  'definition.theme': { id: 'definition-theme', label: 'Theme' },
  'definition.peerChallengeTypes': { id: 'definition-peerChallengeTypes', label: 'Peer challenge types' },
  'definition.teamRoles': { id: 'definition-teamRoles', label: 'Team roles' },
  'definition.roles': { id: 'definition-roles', label: 'Roles' },
  'definition.engagementTypes': { id: 'definition-engagementTypes', label: 'Support engagement types' },
  'definition.surveySubjects': { id: 'definition-surveySubjects', label: 'Survey responses about' },
  'definition.question': { id: 'definition-question', label: 'Survey question' },
  'definition.answers': { id: 'definition-answers', label: 'Answers that count' },
  'definition.condition': { id: 'definition-condition', label: 'Condition' },
  'definition.attribute': { id: 'definition-attribute', label: 'Attribute' },
  'definition.attributeValue': { id: 'definition-attributeValue', label: 'Attribute value' },
  'definition.ratePerDay': { id: 'definition-ratePerDay', label: 'Saving per day' },
  sentence: { id: 'sentence', label: 'Sentence' },
} as const;

export type MetricField = keyof typeof METRIC_FIELDS;

/** What the form shows: the choices that decide which definition fields apply. */
export type FormShape = { kind?: MetricKind; activity?: Activity | ''; question?: string; attribute?: string };

const PROGRAMME_ACTIVITIES: Activity[] = ['event', 'attendance', 'enrolment', 'participation', 'support-engagement', 'survey-response'];
const ROLE_ACTIVITIES: Activity[] = ['attendance', 'enrolment', 'participation', 'survey-response'];

/** The definition fields that apply to a kind and the records it counts (the API refuses the others). */
export function applicableFields({ kind, activity }: FormShape): Set<MetricField> {
  const fields = new Set<MetricField>();
  if (!kind) return fields;
  if (kind === 'change-on-previous-year') {
    fields.add('definition.baseMetric');
    return fields;
  }
  fields.add('definition.activity');
  if (!activity) return fields;
  if (PROGRAMME_ACTIVITIES.includes(activity)) {
    fields.add('definition.programmes');
    fields.add('definition.theme');
  }
  if (activity === 'peer-challenge' || activity === 'team-member') fields.add('definition.peerChallengeTypes');
  if (activity === 'team-member') fields.add('definition.teamRoles');
  if (ROLE_ACTIVITIES.includes(activity)) fields.add('definition.roles');
  if (activity === 'support-engagement') fields.add('definition.engagementTypes');
  if (activity === 'survey-response') fields.add('definition.surveySubjects');
  if (kind === 'survey-percentage') {
    fields.add('definition.question');
    fields.add('definition.answers');
  }
  if (activity === 'peer-challenge') fields.add('definition.condition');
  if (kind === 'attribute-share') {
    fields.add('definition.attribute');
    fields.add('definition.attributeValue');
  }
  if (kind === 'days-sum') fields.add('definition.ratePerDay');
  return fields;
}

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

function list(form: FormData, key: string): string[] | undefined {
  const values = form.getAll(key).filter((value): value is string => typeof value === 'string' && value !== '');
  return values.length > 0 ? values : undefined;
}

/** "1,000" → 1000; anything else as typed, so that the API's field error says what is wrong with it. */
export function numberFrom(typed: string | undefined): number | undefined {
  if (typed === undefined) return undefined;
  const plain = typed.replace(/,/g, '').replace(/^£/, '').trim();
  return (/^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : typed) as number;
}

/**
 * The metric form → the body the API takes. Only the definition fields that apply to the kind are sent (hidden
 * fields are not in the form); empty ones are left out, so the API says what is missing.
 */
export function metricBodyFromForm(form: FormData): MetricUpdate {
  const definition: MetricDefinition = {};
  const set = <K extends keyof MetricDefinition>(key: K, value: MetricDefinition[K] | undefined) => {
    if (value !== undefined) definition[key] = value;
  };
  set('baseMetric', text(form, 'definition.baseMetric'));
  set('activity', text(form, 'definition.activity') as Activity | undefined);
  set('programmes', list(form, 'definition.programmes'));
  set('theme', text(form, 'definition.theme'));
  set('peerChallengeTypes', list(form, 'definition.peerChallengeTypes'));
  set('teamRoles', list(form, 'definition.teamRoles'));
  set('roles', list(form, 'definition.roles'));
  set('engagementTypes', list(form, 'definition.engagementTypes'));
  set('surveySubjects', list(form, 'definition.surveySubjects'));
  set('question', text(form, 'definition.question') as MetricDefinition['question']);
  set('answers', list(form, 'definition.answers'));
  set('condition', text(form, 'definition.condition') as MetricDefinition['condition']);
  set('attribute', text(form, 'definition.attribute') as MetricDefinition['attribute']);
  set('attributeValue', text(form, 'definition.attributeValue'));
  set('ratePerDay', numberFrom(text(form, 'definition.ratePerDay')));
  return {
    label: text(form, 'label') as string,
    section: text(form, 'section') as string,
    position: numberFrom(text(form, 'position')),
    kind: text(form, 'kind') as MetricKind,
    unit: text(form, 'unit') as MetricUnit,
    definition,
    sentence: text(form, 'sentence') as string,
  };
}

/** The key of a new metric as typed, lower-cased as keys are. */
export function keyFromForm(form: FormData): string {
  return text(form, 'key')?.toLowerCase() ?? '';
}
