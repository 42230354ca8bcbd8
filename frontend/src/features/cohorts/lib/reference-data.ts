import type { Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type Theme = Schemas['Theme'];
export type ParticipantRole = Schemas['ParticipantRole'];
export type EnrolmentStatus = Schemas['EnrolmentStatus'];
export type Sex = Schemas['Sex'];
export type EthnicGroup = Schemas['EthnicGroup'];
export type Disability = Schemas['Disability'];

// Codes from the API contract; labels as the API gives them in `themeLabel`, `participantRoleLabel`, `statusLabel`.
export const THEMES: (Option & { value: Theme })[] = [
  { value: 'governance-and-leadership', text: 'Governance and leadership' },
  { value: 'finance', text: 'Finance' },
  { value: 'workforce', text: 'Workforce' },
  { value: 'transformation', text: 'Transformation' },
  { value: 'peer-challenge', text: 'Peer challenge' },
  { value: 'childrens-services', text: 'Children’s services' },
  { value: 'adult-social-care', text: 'Adult social care' },
  { value: 'cyber-digital-technology', text: 'Cyber, digital and technology' },
  { value: 'planning', text: 'Planning' },
  { value: 'procurement', text: 'Procurement' },
  { value: 'sustainability', text: 'Sustainability' },
  { value: 'culture-and-sport', text: 'Culture and sport' },
  { value: 'communications', text: 'Communications' },
  { value: 'research-and-data', text: 'Research and data' },
];

export const PARTICIPANT_ROLES: (Option & { value: ParticipantRole })[] = [
  { value: 'councillor', text: 'Councillor' },
  { value: 'officer', text: 'Officer' },
  { value: 'chief-executive', text: 'Chief executive' },
  { value: 'other', text: 'Other' },
];

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

/** Label for a theme code, or the code itself. */
export function themeLabel(code: string | undefined): string {
  return THEMES.find((theme) => theme.value === code)?.text ?? code ?? '';
}
