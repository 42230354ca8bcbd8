import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { formatDate, formatDateRange } from '@/lib/format-date';
import { regionLabel } from '@/lib/reference-data';
import { summariseResults } from '@/lib/results-summary';

import type { EventView } from '../api/get-events';
import { eventFormatLabel, eventTypeLabel } from '../lib/reference-data';

/** "14 November 2024", or "14 November 2024 to 15 November 2024" for a longer event. */
export function eventDates(event: Pick<EventView, 'startDate' | 'endDate'>): string {
  return event.endDate && event.endDate !== event.startDate
    ? formatDateRange(event.startDate, event.endDate)
    : formatDate(event.startDate);
}

/** "In person, West Midlands" or "Online". */
export function whereHeld(event: Pick<EventView, 'format' | 'formatLabel' | 'region'>): string {
  const format = event.formatLabel ?? eventFormatLabel(event.format);
  return event.region ? `${format}, ${regionLabel(event.region)}` : format;
}

/** Events, one a row; the title links to the event. */
export function EventsTable({ events, caption }: { events: EventView[]; caption: ReactNode }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={events}
      rowKey={(event) => event.id}
      columns={[
        {
          header: 'Event',
          cell: (event) => (
            <Link className="govuk-link" to={paths.event.getHref(event.id)}>
              {event.title}
            </Link>
          ),
        },
        { header: 'Programme', cell: (event) => event.programme.name },
        { header: 'Type', cell: (event) => event.typeLabel ?? eventTypeLabel(event.type) },
        { header: 'Date', cell: (event) => eventDates(event) },
        { header: 'Where', cell: (event) => whereHeld(event) },
        { header: 'Booked', numeric: true, cell: (event) => event.booked.toLocaleString('en-GB') },
        { header: 'Attended', numeric: true, cell: (event) => event.attended.toLocaleString('en-GB') },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 112 events". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'event', 'events');
}
