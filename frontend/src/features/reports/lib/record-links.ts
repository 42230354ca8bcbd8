import { paths } from '@/config/paths';

/**
 * The page of a record behind a figure, from its type and id (as in a record's `ref`, "peer-challenge:1402"), or
 * undefined where the app has none: a team place, an attendance or an enrolment is shown on its peer challenge's,
 * event's or cohort's page, whose id the API does not give; a participant is a pseudonymous key.
 */
export function recordHref(type: string, id: string): string | undefined {
  switch (type) {
    case 'council':
      return paths.council.getHref(id);
    case 'peer-challenge':
      return paths.peerChallenge.getHref(id);
    case 'event':
      return paths.event.getHref(id);
    case 'support-engagement':
      return paths.supportEngagement.getHref(id);
    case 'survey-response':
      return paths.surveyResponse.getHref(id);
    case 'cohort':
      return paths.cohort.getHref(id);
    default:
      return undefined;
  }
}

const TYPE_LABELS: Record<string, string> = {
  council: 'Council',
  'peer-challenge': 'Peer challenge',
  'team-member': 'Team place',
  event: 'Event',
  attendance: 'Attendance',
  enrolment: 'Enrolment',
  'support-engagement': 'Support engagement',
  'survey-response': 'Survey response',
  participant: 'Participant',
};

/** "Peer challenge" for "peer-challenge". */
export function recordTypeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

/** A snapshot's record reference "peer-challenge:1402" → its type and id (the id may hold colons). */
export function parseRef(ref: string): { type: string; id: string } {
  const at = ref.indexOf(':');
  return at < 0 ? { type: '', id: ref } : { type: ref.slice(0, at), id: ref.slice(at + 1) };
}
