import type { SupportEngagementCreate, SupportEngagementUpdate } from '../api/save-support-engagement';
import type { EngagementType } from './reference-data';

/** The form's fields, keyed by the API's field names (so problem `errors[].field` find them), in page order. */
export const FORM_FIELDS = {
  council: { id: 'council', label: 'Council' },
  programme: { id: 'programme', label: 'Programme' },
  type: { id: 'type', label: 'Type of support' },
  startDate: { id: 'startDate', label: 'Start date' },
  endDate: { id: 'endDate', label: 'End date' },
  daysDelivered: { id: 'daysDelivered', label: 'Days delivered' },
  leadAdviser: { id: 'leadAdviser', label: 'Lead adviser' },
  notes: { id: 'notes', label: 'Notes' },
} as const;

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * "2.5" → 2.5; empty → 0 (none delivered yet). Anything else is sent as typed, so that the API names the
 * field in its answer rather than the form guessing what was meant.
 */
export function daysFromText(value: string | undefined): number {
  if (!value) return 0;
  const days = Number(value);
  return (Number.isFinite(days) ? days : value) as number;
}

/**
 * The form's fields → the body the API takes. Empty fields are left out (so the API says what is missing);
 * the GSS code is upper-cased. The organisation and external id are not on the form: the API keeps them.
 */
export function bodyFromForm(form: FormData): SupportEngagementUpdate {
  return {
    council: text(form, 'council')?.toUpperCase() as string,
    programme: text(form, 'programme') as string,
    type: text(form, 'type') as EngagementType,
    startDate: text(form, 'startDate') as string,
    endDate: text(form, 'endDate'),
    daysDelivered: daysFromText(text(form, 'daysDelivered')),
    leadAdviser: text(form, 'leadAdviser'),
    notes: text(form, 'notes'),
  };
}

export function createBodyFromForm(form: FormData): SupportEngagementCreate {
  return bodyFromForm(form);
}
