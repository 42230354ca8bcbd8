import type { components } from '@/lib/api/schema';
import type { ParticipantRole } from '@/lib/reference-data';

import type { Disability, EthnicGroup, Sex } from '@/lib/reference-data';

import type { EnrolmentStatus } from './reference-data';

export type CohortCreate = components['schemas']['CohortCreate'];
export type CohortUpdate = components['schemas']['CohortUpdate'];
export type EnrolmentCreate = components['schemas']['EnrolmentCreate'];
export type EnrolmentUpdate = components['schemas']['EnrolmentUpdate'];

/** The cohort form's fields, keyed by the API's field names (so problem `errors[].field` find them), in page order. */
export const COHORT_FIELDS = {
  programme: { id: 'programme', label: 'Programme' },
  name: { id: 'name', label: 'Name' },
  financialYear: { id: 'financialYear', label: 'Financial year' },
  startDate: { id: 'startDate', label: 'Start date' },
  endDate: { id: 'endDate', label: 'End date' },
} as const;

/** The enrolment form's fields; `prefix` keeps the ids of the add and change forms apart. */
export function enrolmentFields(prefix: string) {
  return {
    council: { id: `${prefix}council`, label: 'Council' },
    participantRole: { id: `${prefix}participantRole`, label: 'Role' },
    status: { id: `${prefix}status`, label: 'Status' },
    participantKey: { id: `${prefix}participantKey`, label: 'Participant key' },
    sex: { id: `${prefix}sex`, label: 'Sex' },
    ethnicGroup: { id: `${prefix}ethnicGroup`, label: 'Ethnic group' },
    disability: { id: `${prefix}disability`, label: 'Disability' },
  };
}

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The cohort form → the body the API takes. Empty fields are left out, so the API applies its defaults (the
 * financial year from the start date; on a change, the organisation and external id as recorded) or says what
 * is missing.
 */
export function cohortBodyFromForm(form: FormData): CohortUpdate {
  return {
    programme: text(form, 'programme') as string,
    name: text(form, 'name') as string,
    financialYear: text(form, 'financialYear'),
    startDate: text(form, 'startDate') as string,
    endDate: text(form, 'endDate'),
  };
}

/**
 * The enrolment form → the body the API takes. An empty key is left out (the API generates one on an add, keeps
 * the recorded one on a change); unanswered diversity questions are left out (nothing recorded, or on a change,
 * what was recorded is kept).
 */
export function enrolmentBodyFromForm(form: FormData): EnrolmentUpdate {
  return {
    participantKey: text(form, 'participantKey'),
    council: text(form, 'council')?.toUpperCase() as string,
    participantRole: text(form, 'participantRole') as ParticipantRole,
    status: (text(form, 'status') ?? 'enrolled') as EnrolmentStatus,
    sex: text(form, 'sex') as Sex | undefined,
    ethnicGroup: text(form, 'ethnicGroup') as EthnicGroup | undefined,
    disability: text(form, 'disability') as Disability | undefined,
  };
}

/** Leaves out what the body does not set, so the request carries only the answered fields. */
export function withoutEmpty<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined && value !== '')) as T;
}
