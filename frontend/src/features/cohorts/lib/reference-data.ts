import type { Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type EnrolmentStatus = Schemas['EnrolmentStatus'];
export type Sex = Schemas['Sex'];
export type EthnicGroup = Schemas['EthnicGroup'];
export type Disability = Schemas['Disability'];

// Codes from the API contract; labels as the API gives them in `statusLabel`. Themes and roles: `@/lib/reference-data`.
export const ENROLMENT_STATUSES: (Option & { value: EnrolmentStatus })[] = [
  { value: 'enrolled', text: 'Enrolled' },
  { value: 'completed', text: 'Completed' },
  { value: 'withdrawn', text: 'Withdrawn' },
];

export const SEXES: (Option & { value: Sex })[] = [
  { value: 'female', text: 'Female' },
  { value: 'male', text: 'Male' },
  { value: 'prefer-not-to-say', text: 'Prefer not to say' },
];

export const ETHNIC_GROUPS: (Option & { value: EthnicGroup })[] = [
  { value: 'asian', text: 'Asian or Asian British' },
  { value: 'black', text: 'Black, Black British, Caribbean or African' },
  { value: 'mixed', text: 'Mixed or multiple ethnic groups' },
  { value: 'white', text: 'White' },
  { value: 'other', text: 'Other ethnic group' },
  { value: 'prefer-not-to-say', text: 'Prefer not to say' },
];

export const DISABILITIES: (Option & { value: Disability })[] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
  { value: 'prefer-not-to-say', text: 'Prefer not to say' },
];
