import type { Choice } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type EngagementType = Schemas['EngagementType'];
export type Theme = Schemas['Theme'];

// Codes from the API contract; labels as the API gives them in `typeLabel`.
export const ENGAGEMENT_TYPES: (Choice & { value: EngagementType })[] = [
  { value: 'mentoring', text: 'Mentoring' },
  { value: 'targeted-finance-support', text: 'Targeted finance support' },
  { value: 'targeted-workforce-support', text: 'Targeted workforce support' },
  { value: 'post-election-support', text: 'Post-election support' },
  { value: 'top-team-development', text: 'Top team development' },
  { value: 'transformation-experts', text: 'Transformation experts' },
  { value: 'other', text: 'Other support' },
];

// As the API gives them in `themeLabel`.
export const THEMES: (Choice & { value: Theme })[] = [
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

export function engagementTypeLabel(code: string | undefined): string {
  return ENGAGEMENT_TYPES.find((type) => type.value === code)?.text ?? code ?? '';
}
