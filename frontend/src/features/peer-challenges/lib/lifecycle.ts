import type { PeerChallengeStatus } from './reference-data';

/** The lifecycle, one step at a time (the API's own rule, used when it does not say). */
export const LIFECYCLE: readonly PeerChallengeStatus[] = [
  'requested',
  'scoped',
  'scheduled',
  'on-site',
  'report-drafted',
  'report-published',
  'action-plan-published',
];

/** Statuses from which a challenge can no longer be cancelled, or that end it. */
const NOT_CANCELLABLE: readonly PeerChallengeStatus[] = ['report-published', 'action-plan-published', 'cancelled'];

/**
 * Where a challenge may move next: what the API says in `allowedTransitions` when it
 * says it, otherwise the next step of the lifecycle and, before the report is
 * published, cancelled.
 */
export function allowedTransitions(challenge: {
  status: PeerChallengeStatus;
  allowedTransitions?: PeerChallengeStatus[] | null;
}): PeerChallengeStatus[] {
  if (Array.isArray(challenge.allowedTransitions)) return challenge.allowedTransitions;
  const index = LIFECYCLE.indexOf(challenge.status);
  const next: PeerChallengeStatus[] = index >= 0 && index < LIFECYCLE.length - 1 ? [LIFECYCLE[index + 1]] : [];
  if (!NOT_CANCELLABLE.includes(challenge.status)) next.push('cancelled');
  return next;
}

/** Moves that record a publication date (the API takes it in the transition). */
export function takesDate(status: PeerChallengeStatus): boolean {
  return status === 'report-published' || status === 'action-plan-published';
}

/** Whether the challenge has reached `status` on the lifecycle (cancelled reaches nothing). */
export function hasReached(current: PeerChallengeStatus, status: PeerChallengeStatus): boolean {
  const at = LIFECYCLE.indexOf(current);
  return at >= 0 && at >= LIFECYCLE.indexOf(status);
}

/** The button that makes a move: "Mark as scoped", "Mark report as published", "Cancel peer challenge". */
export function transitionAction(to: PeerChallengeStatus): string {
  switch (to) {
    case 'scoped':
      return 'Mark as scoped';
    case 'scheduled':
      return 'Mark as scheduled';
    case 'on-site':
      return 'Mark as on site';
    case 'report-drafted':
      return 'Mark report as drafted';
    case 'report-published':
      return 'Mark report as published';
    case 'action-plan-published':
      return 'Mark action plan as published';
    case 'cancelled':
      return 'Cancel peer challenge';
    default:
      return `Move to ${to}`;
  }
}

type TagColour = 'grey' | 'blue' | 'light-blue' | 'turquoise' | 'purple' | 'yellow' | 'green' | 'red';

/** The GOV.UK tag colour for a status: grey before scheduling, blue while under way, green when done. */
export function statusColour(status: PeerChallengeStatus): TagColour {
  switch (status) {
    case 'requested':
    case 'scoped':
      return 'grey';
    case 'scheduled':
      return 'light-blue';
    case 'on-site':
      return 'blue';
    case 'report-drafted':
      return 'purple';
    case 'report-published':
      return 'turquoise';
    case 'action-plan-published':
      return 'green';
    case 'cancelled':
      return 'red';
    default:
      return 'grey';
  }
}
