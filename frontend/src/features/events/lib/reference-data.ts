import type { Choice, Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type EventType = Schemas['EventType'];
export type EventFormat = Schemas['EventFormat'];

// Codes from the API contract; labels as the API gives them in `typeLabel` / `formatLabel`. Themes and roles: `@/lib/reference-data`.
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

function labelIn(options: Option[], code: string | undefined): string {
  return options.find((option) => option.value === code)?.text ?? code ?? '';
}

export const eventTypeLabel = (code: string | undefined) => labelIn(EVENT_TYPES, code);
export const eventFormatLabel = (code: string | undefined) => labelIn(EVENT_FORMATS, code);
