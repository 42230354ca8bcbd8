import type { Theme } from '@/lib/reference-data';

import type { DeliverableCreate } from '../api/save-deliverable';
import type { ProgrammeCreate, ProgrammeUpdate } from '../api/save-programme';
import type { Audience, Funder, TargetUnit } from './reference-data';

/** The programme form's fields, keyed by the API's field names (so problem `errors[].field` find them), in page order. */
export const PROGRAMME_FIELDS = {
  name: { id: 'name', label: 'Name' },
  id: { id: 'id', label: 'Identifier' },
  theme: { id: 'theme', label: 'Theme' },
  funder: { id: 'funder', label: 'Funder' },
  deliveringOrganisation: { id: 'deliveringOrganisation', label: 'Delivering organisation' },
  audience: { id: 'audience', label: 'Audience' },
  description: { id: 'description', label: 'Description' },
  activeFrom: { id: 'activeFrom', label: 'First financial year' },
  activeTo: { id: 'activeTo', label: 'Last financial year' },
} as const;

/** The deliverable form's fields, likewise. */
export const DELIVERABLE_FIELDS = {
  programme: { id: 'programme', label: 'Programme' },
  financialYear: { id: 'financialYear', label: 'Financial year' },
  statement: { id: 'statement', label: 'Target statement' },
  targetUnit: { id: 'targetUnit', label: 'Type of target' },
  targetValue: { id: 'targetValue', label: 'Target' },
  metricKey: { id: 'metricKey', label: 'Measured by' },
} as const;

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The programme form → the body the API takes. Empty fields are left out, so the API says
 * what is missing; the API checks every value, so nothing is checked twice here.
 */
export function programmeBodyFromForm(form: FormData): ProgrammeUpdate {
  return {
    name: text(form, 'name') as string,
    theme: text(form, 'theme') as Theme,
    funder: text(form, 'funder') as Funder,
    deliveringOrganisation: text(form, 'deliveringOrganisation') as string,
    audience: text(form, 'audience') as Audience,
    description: text(form, 'description'),
    activeFrom: text(form, 'activeFrom') as string,
    activeTo: text(form, 'activeTo'),
  };
}

/** A new programme: as above, with the identifier (lower-cased, as ids are). */
export function programmeCreateBodyFromForm(form: FormData): ProgrammeCreate {
  return { ...programmeBodyFromForm(form), id: text(form, 'id')?.toLowerCase() as string };
}

/**
 * The target as typed → what the API takes: a number when it reads as one ("1,030" → 1030),
 * otherwise the text itself, so that the API's field error says what is wrong with it.
 */
export function targetValueFrom(typed: string | undefined): number {
  if (typed === undefined) return undefined as unknown as number;
  const plain = typed.replace(/,/g, '').replace(/%$/, '').trim();
  return (/^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : typed) as number;
}

/** The deliverable form → the body the API takes, for the programme the page is about. */
export function deliverableBodyFromForm(programme: string, form: FormData): DeliverableCreate {
  return {
    programme,
    financialYear: text(form, 'financialYear') as string,
    statement: text(form, 'statement') as string,
    targetUnit: text(form, 'targetUnit') as TargetUnit,
    targetValue: targetValueFrom(text(form, 'targetValue')),
    metricKey: text(form, 'metricKey')?.toLowerCase() as string,
  };
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A target as the annual report writes it: 110 → "110", 1030 → "1,030", 90 per cent → "90%". */
export function formatTarget(value: number, unit: string): string {
  const number = whole.format(value);
  return unit === 'per-cent' ? `${number}%` : number;
}

/** "2010-11 onwards" or "2018-19 to 2023-24". */
export function activeYears(activeFrom: string, activeTo?: string): string {
  return activeTo ? `${activeFrom} to ${activeTo}` : `${activeFrom} onwards`;
}

function financialYear(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The financial years a programme's targets may be for, newest first: from its first year to its
 * last, or while it runs, to next year (`current` is this financial year, "2025-26").
 */
export function programmeYears(activeFrom: string, activeTo: string | undefined, current: string): string[] {
  const first = Number(activeFrom.slice(0, 4));
  const last = activeTo ? Number(activeTo.slice(0, 4)) : Math.max(Number(current.slice(0, 4)) + 1, first);
  const years: string[] = [];
  for (let start = last; start >= first; start -= 1) years.push(financialYear(start));
  return years;
}
