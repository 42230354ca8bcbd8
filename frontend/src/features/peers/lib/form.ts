import type { PeerCreate, PeerUpdate } from '../api/save-peer';
import type { EthnicGroup, Sex } from '@/lib/reference-data';

import type { PeerKind, PoliticalGroup } from './reference-data';

/** The form's fields, keyed by the API's field names (so problem `errors[].field` find them), in page order. */
export const FORM_FIELDS = {
  kind: { id: 'kind', label: 'Kind of peer' },
  name: { id: 'name', label: 'Name' },
  jobTitle: { id: 'jobTitle', label: 'Job title' },
  politicalGroup: { id: 'politicalGroup', label: 'Political group' },
  homeCouncil: { id: 'homeCouncil', label: 'Home council' },
  email: { id: 'email', label: 'Email address' },
  phone: { id: 'phone', label: 'Phone number' },
  accreditationDate: { id: 'accreditationDate', label: 'Accreditation date' },
  active: { id: 'active', label: 'Available for peer challenge teams' },
  sex: { id: 'sex', label: 'Sex' },
  ethnicGroup: { id: 'ethnicGroup', label: 'Ethnic group' },
} as const;

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The form's fields → the body the API takes. Empty fields are left out (so the API says what is missing, and
 * unchosen diversity answers keep what is recorded); the GSS code is upper-cased; "no" is inactive.
 */
export function bodyFromForm(form: FormData): PeerUpdate {
  return {
    kind: text(form, 'kind') as PeerKind,
    name: text(form, 'name') as string,
    jobTitle: text(form, 'jobTitle'),
    politicalGroup: text(form, 'politicalGroup') as PoliticalGroup | undefined,
    homeCouncil: text(form, 'homeCouncil')?.toUpperCase() as string,
    email: text(form, 'email'),
    phone: text(form, 'phone'),
    accreditationDate: text(form, 'accreditationDate'),
    // The form always has an answer ("yes" to start with).
    active: text(form, 'active') !== 'no',
    sex: text(form, 'sex') as Sex | undefined,
    ethnicGroup: text(form, 'ethnicGroup') as EthnicGroup | undefined,
  };
}

export function createBodyFromForm(form: FormData): PeerCreate {
  return bodyFromForm(form);
}
