import { SummaryList, type SummaryListRow } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';
import { regionLabel } from '@/lib/reference-data';

import type { EventView } from '../api/get-events';
import { eventFormatLabel, eventTypeLabel } from '../lib/reference-data';
import { eventDates } from './events-table';

/** The event's own fields; staff get "Change" links. */
export function EventDetails({ event, canChange }: { event: EventView; canChange: boolean }) {
  const change = (what: string): SummaryListRow['action'] =>
    canChange ? { href: paths.editEvent.getHref(event.id), text: 'Change', visuallyHiddenText: what } : undefined;
  const rows: SummaryListRow[] = [
    { key: 'Programme', value: event.programme.name, action: change('programme') },
    { key: 'Theme', value: event.programme.themeLabel },
    { key: 'Type', value: event.typeLabel ?? eventTypeLabel(event.type), action: change('type') },
    { key: 'Format', value: event.formatLabel ?? eventFormatLabel(event.format), action: change('format') },
    { key: 'Date', value: eventDates(event), action: change('dates') },
    { key: 'Financial year', value: event.financialYear },
    {
      key: 'Region',
      value: event.region ? regionLabel(event.region) : 'None (online)',
      action: change('region'),
    },
    { key: 'Venue', value: event.venue || 'Not recorded', action: change('venue') },
    {
      key: 'Capacity',
      value: event.capacity ? `${event.capacity.toLocaleString('en-GB')} places` : 'Not recorded',
      action: change('capacity'),
    },
    { key: 'Organisation', value: event.organisation.name },
  ];
  if (event.externalId) rows.push({ key: 'Organisation’s reference', value: event.externalId });
  return <SummaryList rows={rows} />;
}

/** Booked, attended, councils represented and attended by role, computed by the API from the attendances. */
export function EventFigures({ event }: { event: EventView }) {
  const booked = event.booked.toLocaleString('en-GB');
  const rows: SummaryListRow[] = [
    {
      key: 'Booked',
      value: event.overbooked ? `${booked} (more than the ${event.capacity} places)` : booked,
    },
    { key: 'Attended', value: event.attended.toLocaleString('en-GB') },
    { key: 'Councils represented', value: event.councilsRepresented.toLocaleString('en-GB') },
    {
      key: 'Attended by role',
      value: (
        <ul className="govuk-list">
          {event.attendedByRole.map((count) => (
            <li key={count.role}>
              {count.roleLabel}: {count.attended.toLocaleString('en-GB')}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <div data-testid="event-figures">
      <SummaryList rows={rows} />
    </div>
  );
}
