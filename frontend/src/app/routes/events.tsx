import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { ButtonLink } from '@/components/ui/button';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { useEvents } from '@/features/events/api/get-events';
import { EventsFilters } from '@/features/events/components/events-filters';
import { EventsTable, resultsSummary } from '@/features/events/components/events-table';
import { parseFilters, toSearch } from '@/features/events/lib/filters';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useProgrammes } from '@/lib/reference/programmes';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  financialYear: { id: 'financialYear', label: 'Financial year' },
  programme: { id: 'programme', label: 'Programme' },
  theme: { id: 'theme', label: 'Theme' },
  region: { id: 'region', label: 'Region' },
  type: { id: 'type', label: 'Type' },
  format: { id: 'format', label: 'Format' },
} satisfies ProblemFields;

export function EventsRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const events = useEvents(filters);
  const programmes = useProgrammes();
  const isStaff = useIsStaff();
  const error = events.error;
  useDocumentTitle(error ? 'Error: Events' : 'Events');

  const programmeOptions = (programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));

  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <NoticeBanner />
      <h1 className="govuk-heading-l">Events</h1>
      <p className="govuk-body">
        Masterclasses, webinars, conferences and other events run under the programmes, with who booked and who came.
      </p>
      {isStaff ? <ButtonLink to={paths.newEvent.getHref()}>Record an event</ButtonLink> : null}
      <EventsFilters
        // Drawn again when the URL or the programme list changes, so the selects show what is chosen.
        key={`${location.search}-${programmeOptions.length}`}
        filters={filters}
        programmes={programmeOptions}
        errors={fieldErrorsFor(error, FILTER_FIELDS)}
      />

      <ListResults
        list={events}
        error={error}
        search={location.search}
        page={filters.page}
        loadingText="Loading events…"
        summarise={resultsSummary}
        pagesLabel="Events pages"
        hrefForPage={(n) => paths.events.getHref(toSearch({ ...filters, page: n }))}
      >
        {(items) => <EventsTable events={items} caption="Events, newest first" />}
      </ListResults>
    </>
  );
}
