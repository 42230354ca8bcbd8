import type { Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

export type Theme = components['schemas']['Theme'];
export type ParticipantRole = components['schemas']['ParticipantRole'];
export type Sex = components['schemas']['Sex'];
export type EthnicGroup = components['schemas']['EthnicGroup'];
export type Disability = components['schemas']['Disability'];

// Shared reference data. Codes from the API contract; labels as the API gives them in `regionLabel`, `typeLabel`,
// `themeLabel` and the participant's `…RoleLabel`.
export const REGIONS: Option[] = [
  { value: 'north-east', text: 'North East' },
  { value: 'north-west', text: 'North West' },
  { value: 'yorkshire-and-the-humber', text: 'Yorkshire and The Humber' },
  { value: 'east-midlands', text: 'East Midlands' },
  { value: 'west-midlands', text: 'West Midlands' },
  { value: 'east-of-england', text: 'East of England' },
  { value: 'london', text: 'London' },
  { value: 'south-east', text: 'South East' },
  { value: 'south-west', text: 'South West' },
];

export const COUNCIL_TYPES: Option[] = [
  { value: 'county', text: 'County council' },
  { value: 'district', text: 'District council' },
  { value: 'unitary', text: 'Unitary authority' },
  { value: 'metropolitan-district', text: 'Metropolitan district' },
  { value: 'london-borough', text: 'London borough' },
  { value: 'city-corporation', text: 'City corporation' },
  { value: 'combined-authority', text: 'Combined authority' },
  { value: 'strategic-authority', text: 'Strategic regional authority' },
];

/** Programme themes. */
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

/** The roles of people who take part: attendees, cohort participants, survey respondents. */
export const PARTICIPANT_ROLES: (Option & { value: ParticipantRole })[] = [
  { value: 'councillor', text: 'Councillor' },
  { value: 'officer', text: 'Officer' },
  { value: 'chief-executive', text: 'Chief executive' },
  { value: 'other', text: 'Other' },
];

/** Label for a participant role code, or the code itself. */
export function participantRoleLabel(code: string | undefined): string {
  return PARTICIPANT_ROLES.find((role) => role.value === code)?.text ?? code ?? '';
}

/** Label for a region code, or the code itself. */
export function regionLabel(code: string | undefined): string {
  return REGIONS.find((region) => region.value === code)?.text ?? code ?? '';
}

/** Label for a council type code, or the code itself. */
export function councilTypeLabel(code: string | undefined): string {
  return COUNCIL_TYPES.find((type) => type.value === code)?.text ?? code ?? '';
}

// Self-reported diversity (enrolments, peers), as the API's enums name it; shown only in aggregate.
export const SEXES: (Option & { value: Sex })[] = [
  { value: 'female', text: 'Female' },
  { value: 'male', text: 'Male' },
  { value: 'prefer-not-to-say', text: 'Prefer not to say' },
];

/** ONS high-level ethnic groups. */
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
