import { Tag } from '@/components/ui/tag';

import { statusColour } from '../lib/lifecycle';
import { statusLabel, type PeerChallengeStatus } from '../lib/reference-data';

export function StatusTag({ status, label }: { status: PeerChallengeStatus; label?: string }) {
  return <Tag colour={statusColour(status)}>{label ?? statusLabel(status)}</Tag>;
}
