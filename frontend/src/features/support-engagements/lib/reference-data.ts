import type { Choice } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type EngagementType = Schemas['EngagementType'];

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

export function engagementTypeLabel(code: string | undefined): string {
  return ENGAGEMENT_TYPES.find((type) => type.value === code)?.text ?? code ?? '';
}
