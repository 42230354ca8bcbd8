import type { Choice, Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type PeerKind = Schemas['PeerKind'];
export type PoliticalGroup = Schemas['PoliticalGroup'];

// Codes from the API contract; labels as the API gives them (`kindLabel`) or as its enums name them.
export const PEER_KINDS: (Choice & { value: PeerKind })[] = [
  { value: 'member', text: 'Member peer', hint: 'A serving councillor' },
  { value: 'officer', text: 'Officer peer', hint: 'A senior council officer' },
];

export const POLITICAL_GROUPS: (Option & { value: PoliticalGroup })[] = [
  { value: 'conservative', text: 'Conservative' },
  { value: 'labour', text: 'Labour' },
  { value: 'liberal-democrat', text: 'Liberal Democrat' },
  { value: 'independent', text: 'Independent' },
  { value: 'green', text: 'Green' },
  { value: 'other', text: 'Other' },
];

/** The yes/no filters' choices, as the API's `true`/`false`. */
export const ACCREDITED_CHOICES: Option[] = [
  { value: 'true', text: 'Accredited' },
  { value: 'false', text: 'Not accredited' },
];

export const ACTIVE_CHOICES: Option[] = [
  { value: 'true', text: 'Active' },
  { value: 'false', text: 'Inactive' },
];

export function peerKindLabel(code: string | undefined): string {
  return PEER_KINDS.find((kind) => kind.value === code)?.text ?? code ?? '';
}

export function politicalGroupLabel(code: string | undefined): string {
  return POLITICAL_GROUPS.find((group) => group.value === code)?.text ?? code ?? '';
}
