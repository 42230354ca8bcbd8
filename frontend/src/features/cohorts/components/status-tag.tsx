import { Tag } from '@/components/ui/tag';

import type { EnrolmentStatus } from '../lib/reference-data';

const COLOURS = { enrolled: 'blue', completed: 'green', withdrawn: 'grey' } as const;

export function EnrolmentStatusTag({ status, label }: { status: EnrolmentStatus; label: string }) {
  return <Tag colour={COLOURS[status]}>{label}</Tag>;
}
