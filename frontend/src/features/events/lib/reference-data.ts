import type { Choice, Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type EventType = Schemas['EventType'];
export type EventFormat = Schemas['EventFormat'];
export type AttendeeRole = Schemas['ParticipantRole'];
export type Theme = Schemas['Theme'];

// Codes from the API contract; labels as the API gives them in `typeLabel` / `formatLabel` / `roleLabel`.
export const EVENT_TYPES: (Option & { value: EventType })[] = [
  { value: 'masterclass', text: 'Masterclass' },
  { value: 'webinar', text: 'Webinar' },
  { value: 'roundtable', text: 'Roundtable' },
  { value: 'conference', text: 'Conference' },
  { value: 'training-course', text: 'Training course' },
  { value: 'leadership-weekender', text: 'Leadership weekender' },
  { value: 'network-meeting', text: 'Network meeting' },
];

export const EVENT_FORMATS: (Choice & { value: EventFormat })[] = [
  { value: 'in-person', text: 'In person' },
  { value: 'online', text: 'Online', hint: 'An online event has no region' },
  { value: 'hybrid', text: 'Hybrid' },
];

export const ATTENDEE_ROLES: (Option & { value: AttendeeRole })[] = [
  { value: 'councillor', text: 'Councillor' },
  { value: 'officer', text: 'Officer' },
  { value: 'chief-executive', text: 'Chief executive' },
  { value: 'other', text: 'Other' },
];

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

function labelIn(options: Option[], code: string | undefined): string {
  return options.find((option) => option.value === code)?.text ?? code ?? '';
}

export const eventTypeLabel = (code: string | undefined) => labelIn(EVENT_TYPES, code);
export const eventFormatLabel = (code: string | undefined) => labelIn(EVENT_FORMATS, code);
export const attendeeRoleLabel = (code: string | undefined) => labelIn(ATTENDEE_ROLES, code);
