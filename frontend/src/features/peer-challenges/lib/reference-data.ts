import type { Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type PeerChallengeType = Schemas['PeerChallengeType'];
export type PeerChallengeStatus = Schemas['PeerChallengeStatus'];
export type FocusArea = Schemas['FocusArea'];
export type TeamRole = Schemas['TeamRole'];
export type PeerKind = Schemas['PeerKind'];
export type PoliticalGroup = Schemas['PoliticalGroup'];

// Codes from the API contract; labels as the API gives them in `typeLabel` / `statusLabel` / `roleLabel`.
export const PEER_CHALLENGE_TYPES: (Option & { value: PeerChallengeType })[] = [
  { value: 'cpc', text: 'Corporate Peer Challenge' },
  { value: 'fpc', text: 'Finance Peer Challenge' },
  { value: 'gpc', text: 'Governance Peer Challenge' },
  { value: 'cpc-progress-review', text: 'CPC progress review' },
  { value: 'communications', text: 'Communications peer review' },
  { value: 'send', text: 'SEND peer review' },
  { value: 'childrens-services', text: 'Children’s services peer review' },
  { value: 'adult-social-care', text: 'Adult social care peer review' },
];

export const PEER_CHALLENGE_STATUSES: (Option & { value: PeerChallengeStatus })[] = [
  { value: 'requested', text: 'Requested' },
  { value: 'scoped', text: 'Scoped' },
  { value: 'scheduled', text: 'Scheduled' },
  { value: 'on-site', text: 'On site' },
  { value: 'report-drafted', text: 'Report drafted' },
  { value: 'report-published', text: 'Report published' },
  { value: 'action-plan-published', text: 'Action plan published' },
  { value: 'cancelled', text: 'Cancelled' },
];

export const FOCUS_AREAS: (Option & { value: FocusArea })[] = [
  { value: 'local-priorities-and-outcomes', text: 'Local priorities and outcomes' },
  { value: 'governance-and-culture', text: 'Governance and culture' },
  { value: 'organisational-and-place-leadership', text: 'Organisational and place leadership' },
  { value: 'financial-planning-and-management', text: 'Financial planning and management' },
  { value: 'capacity-for-improvement', text: 'Capacity for improvement' },
];

export const TEAM_ROLES: (Option & { value: TeamRole })[] = [
  { value: 'lead-member-peer', text: 'Lead member peer' },
  { value: 'member-peer', text: 'Member peer' },
  { value: 'officer-peer', text: 'Officer peer' },
  { value: 'shadow-peer', text: 'Shadow peer' },
];

export const PEER_KINDS: (Option & { value: PeerKind })[] = [
  { value: 'member', text: 'Member peer' },
  { value: 'officer', text: 'Officer peer' },
];

export const POLITICAL_GROUPS: (Option & { value: PoliticalGroup })[] = [
  { value: 'conservative', text: 'Conservative' },
  { value: 'labour', text: 'Labour' },
  { value: 'liberal-democrat', text: 'Liberal Democrat' },
  { value: 'independent', text: 'Independent' },
  { value: 'green', text: 'Green' },
  { value: 'other', text: 'Other' },
];

function labelIn(options: Option[], code: string | undefined): string {
  return options.find((option) => option.value === code)?.text ?? code ?? '';
}

export const typeLabel = (code: string | undefined) => labelIn(PEER_CHALLENGE_TYPES, code);
export const statusLabel = (code: string | undefined) => labelIn(PEER_CHALLENGE_STATUSES, code);
export const focusAreaLabel = (code: string | undefined) => labelIn(FOCUS_AREAS, code);
export const teamRoleLabel = (code: string | undefined) => labelIn(TEAM_ROLES, code);
export const peerKindLabel = (code: string | undefined) => labelIn(PEER_KINDS, code);
export const politicalGroupLabel = (code: string | undefined) => labelIn(POLITICAL_GROUPS, code);
