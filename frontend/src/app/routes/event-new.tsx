import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCreateEvent } from '@/features/events/api/save-event';
import { EventForm } from '@/features/events/components/event-form';
import { EVENT_FIELDS, eventBodyFromForm } from '@/features/events/lib/form';
import { useProgrammes } from '@/lib/reference/programmes';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NewEventRoute() {
  const navigate = useNavigate();
  const create = useCreateEvent();
  const programmes = useProgrammes();
  // A problem found before sending (e.g. capacity not a number), shown like the API's.
  const [clientError, setClientError] = useState<{ error: unknown; at: number } | null>(null);
  const error = clientError?.error ?? create.error;
  useDocumentTitle(error ? 'Error: Record an event' : 'Record an event');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={paths.events.getHref()}>Back to events</BackLink>
        {error ? (
          <ProblemSummary key={clientError?.at ?? create.submittedAt} error={error} fields={EVENT_FIELDS} />
        ) : null}
        {programmes.error ? <ProblemSummary error={programmes.error} /> : null}
        <h1 className="govuk-heading-l">Record an event</h1>
        {programmes.data ? (
          <EventForm
            programmes={programmes.data.map((programme) => ({ value: programme.id, text: programme.name }))}
            error={error}
            saving={create.isPending}
            submitText="Save event"
            onSubmit={(form) => {
              setClientError(null);
              create.reset();
              try {
                create.mutate(eventBodyFromForm(form), {
                  onSuccess: (saved) => void navigate(paths.event.getHref(saved.data.id)),
                });
              } catch (invalid) {
                setClientError({ error: invalid, at: Date.now() });
              }
            }}
          />
        ) : programmes.error ? null : (
          <p className="govuk-body" role="status">
            Loading the programmes…
          </p>
        )}
      </div>
    </div>
  );
}
