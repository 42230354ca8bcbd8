import type { Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type Funder = Schemas['Funder'];
export type Audience = Schemas['Audience'];
export type TargetUnit = Schemas['TargetUnit'];

// Codes from the API contract; labels as the API gives them in `funderLabel` / `audienceLabel`.
export const FUNDERS: (Option & { value: Funder })[] = [
  { value: 'mhclg-grant', text: 'MHCLG grant' },
  { value: 'dhsc', text: 'DHSC' },
  { value: 'dfe', text: 'DfE' },
  { value: 'dcms', text: 'DCMS' },
  { value: 'sport-england', text: 'Sport England' },
  { value: 'self-funded', text: 'Self-funded' },
  { value: 'other', text: 'Other' },
];

export const AUDIENCES: (Option & { value: Audience })[] = [
  { value: 'councillors', text: 'Councillors' },
  { value: 'officers', text: 'Officers' },
  { value: 'senior-officers', text: 'Senior officers' },
  { value: 'chief-executives', text: 'Chief executives' },
  { value: 'graduates', text: 'Graduates' },
  { value: 'whole-council', text: 'Whole council' },
  { value: 'prospective-councillors', text: 'Prospective councillors' },
];

export const TARGET_UNITS: (Option & { value: TargetUnit; hint: string })[] = [
  { value: 'count', text: 'A number', hint: 'For example, 110 peer challenges' },
  { value: 'per-cent', text: 'A percentage', hint: 'For example, 90% of delegates satisfied; at most 100' },
];
