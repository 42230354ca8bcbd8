import { useLocation, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryLink } from '@/components/history/history-link';
import { BackLink } from '@/components/ui/back-link';
import { DeleteRecord } from '@/components/ui/confirm-delete';
import { paths } from '@/config/paths';
import { useEvent } from '@/features/events/api/get-event';
import { useDeleteEvent } from '@/features/events/api/save-event';
import { AttendanceSection } from '@/features/events/components/attendance-section';
import { EventDetails, EventFigures } from '@/features/events/components/event-summary';
import { attendancePageOf } from '@/features/events/lib/filters';
import { SubjectSurveyResponses } from '@/features/survey-responses/components/subject-survey-responses';
import { isApiError } from '@/lib/api/problem';
import { formatDate } from '@/lib/format-date';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export function EventRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const location = useLocation();
  const event = useEvent(id);
  const remove = useDeleteEvent(id);
  const isStaff = useIsStaff();
  const notFound = isApiError(event.error, 404) || !Number.isInteger(id) || id <= 0;
  const data = event.data?.data;

  useDocumentTitle(
    notFound ? 'Event not found' : event.error ? 'Error: Event' : data ? `${data.title} – Events` : 'Event',
  );

  const backLink = <BackLink to={paths.events.getHref()}>Back to events</BackLink>;

  if (notFound) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Event not found</h1>
        <p className="govuk-body">There is no event {idParam}. It may have been deleted.</p>
      </>
    );
  }
  if (event.error || !data) {
    return (
      <>
        {backLink}
        {event.error ? <ProblemSummary error={event.error} /> : null}
        <h1 className="govuk-heading-l">Event</h1>
        {event.error ? null : (
          <p className="govuk-body" role="status">
            Loading event…
          </p>
        )}
      </>
    );
  }

  return (
    <>
      {backLink}
      <span className="govuk-caption-l">
        {data.programme.name}, event {data.id}
      </span>
      <h1 className="govuk-heading-l">{data.title}</h1>

      <h2 className="govuk-heading-m">Figures</h2>
      <EventFigures event={data} />

      <h2 className="govuk-heading-m">Details</h2>
      <EventDetails event={data} canChange={isStaff} />

      <AttendanceSection
        eventId={data.id}
        eventStartDate={formatDate(data.startDate)}
        page={attendancePageOf(location.search)}
        hrefForPage={(page) => paths.event.getHref(data.id, page > 1 ? `?page=${page}` : '')}
        canManage={isStaff}
      />

      <SubjectSurveyResponses subjectType="event" subjectId={data.id} subjectTitle={data.title} />

      {isStaff ? (
        <>
          <HistoryLink to={paths.eventHistory.getHref(data.id)} />
          <DeleteRecord
            noun="event"
            mutation={remove}
            etag={event.data?.etag ?? ''}
            onReload={() => void event.refetch()}
            done={{ to: paths.events.getHref(), notice: `Event deleted: ${data.title}` }}
          >
            Delete the event “{data.title}”
            {data.booked > 0 ? ` and its ${data.booked} attendance ${data.booked === 1 ? 'record' : 'records'}` : ''}? Its
            change history is kept. An event with survey responses cannot be deleted.
          </DeleteRecord>
        </>
      ) : null}
    </>
  );
}
