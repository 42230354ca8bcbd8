import type { Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type EnrolmentStatus = Schemas['EnrolmentStatus'];

// Codes from the API contract; labels as the API gives them in `statusLabel`. Themes, roles and diversity: `@/lib/reference-data`.
export const ENROLMENT_STATUSES: (Option & { value: EnrolmentStatus })[] = [
  { value: 'enrolled', text: 'Enrolled' },
  { value: 'completed', text: 'Completed' },
  { value: 'withdrawn', text: 'Withdrawn' },
];
