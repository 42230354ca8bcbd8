import { ApiError, type FieldError } from '@/lib/api/problem';
import type { ParticipantRole } from '@/lib/reference-data';

import type { AttendanceCreate, AttendanceUpdate } from '../api/attendances';
import type { EventCreate } from '../api/save-event';
import type { EventFormat, EventType } from './reference-data';

/** The event form's fields, keyed by the API's field names (so problem `errors[].field` find them), in page order. */
export const EVENT_FIELDS = {
  programme: { id: 'programme', label: 'Programme' },
  title: { id: 'title', label: 'Title' },
  type: { id: 'type', label: 'Type' },
  format: { id: 'format', label: 'Format' },
  startDate: { id: 'startDate', label: 'Start date' },
  endDate: { id: 'endDate', label: 'End date' },
  region: { id: 'region', label: 'Region' },
  venue: { id: 'venue', label: 'Venue' },
  capacity: { id: 'capacity', label: 'Capacity' },
} as const;

/** The add-attendance form's fields (the change form prefixes the ids with `change-`). */
export const ATTENDANCE_FIELDS = {
  council: { id: 'council', label: 'Council' },
  attendeeRole: { id: 'attendeeRole', label: 'Role' },
  attended: { id: 'attended', label: 'Attended' },
  attendeeKey: { id: 'attendeeKey', label: 'Attendee key' },
} as const;

export function attendanceFieldsWithPrefix(prefix: string) {
  const fields = {} as Record<keyof typeof ATTENDANCE_FIELDS, { id: string; label: string }>;
  for (const [name, field] of Object.entries(ATTENDANCE_FIELDS)) {
    fields[name as keyof typeof ATTENDANCE_FIELDS] = { id: `${prefix}${field.id}`, label: field.label };
  }
  return fields;
}

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A problem shaped like the API's 400, for what the page can tell before sending. */
function badRequest(errors: FieldError[]): ApiError {
  return new ApiError(400, { title: 'Bad Request', detail: 'The request has invalid fields.', errors });
}

/**
 * The event form's fields → the body the API takes. Empty fields are left out (so the API applies its
 * defaults or says what is missing). A capacity that is not a whole number is refused here, as the API would.
 */
export function eventBodyFromForm(form: FormData): EventCreate {
  const capacity = text(form, 'capacity');
  if (capacity !== undefined && !/^\d+$/.test(capacity)) {
    throw badRequest([{ field: 'capacity', message: 'must be a whole number of places, like 30' }]);
  }
  const format = text(form, 'format') as EventFormat | undefined;
  return {
    programme: text(form, 'programme') as string,
    title: text(form, 'title') as string,
    type: text(form, 'type') as EventType,
    format: format as EventFormat,
    startDate: text(form, 'startDate') as string,
    endDate: text(form, 'endDate'),
    // An online event has no region: a region chosen before switching to online is not sent.
    region: format === 'online' ? undefined : (text(form, 'region') as EventCreate['region']),
    venue: text(form, 'venue'),
    capacity: capacity === undefined ? undefined : Number(capacity),
  };
}

/** The attendance form's fields → the API's body; an empty key is left out so the API generates one. */
export function attendanceBodyFromForm(form: FormData): AttendanceCreate & AttendanceUpdate {
  const attended = text(form, 'attended');
  return {
    council: text(form, 'council')?.toUpperCase(),
    attendeeRole: text(form, 'attendeeRole') as ParticipantRole,
    attended: attended === undefined ? (undefined as unknown as boolean) : attended === 'yes',
    attendeeKey: text(form, 'attendeeKey'),
  };
}
