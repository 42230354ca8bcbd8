import type { Option } from '@/components/ui/form-fields';

export const STATUSES: Option[] = [
  { value: 'current', text: 'Current councils' },
  { value: 'ended', text: 'Ended councils' },
  { value: 'all', text: 'All councils' },
];
