import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useEvent } from '@/features/events/api/get-event';
import { useUpdateEvent } from '@/features/events/api/save-event';
import { EventForm } from '@/features/events/components/event-form';
import { EVENT_FIELDS, eventBodyFromForm } from '@/features/events/lib/form';
import { useProgrammes } from '@/lib/reference/programmes';
import { useDocumentTitle } from '@/lib/use-document-title';

export function EditEventRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const event = useEvent(id);
  const update = useUpdateEvent(id);
  const programmes = useProgrammes();
  const [clientError, setClientError] = useState<{ error: unknown; at: number } | null>(null);
  const saveError = clientError?.error ?? update.error;
  useDocumentTitle(saveError || event.error ? 'Error: Change event' : `Change event ${idParam}`);
  const backLink = <BackLink to={paths.event.getHref(idParam)}>Back to the event</BackLink>;

  if (!event.data || !programmes.data) {
    const loadError = event.error ?? programmes.error;
    return (
      <>
        {backLink}
        {loadError ? <ProblemSummary error={loadError} /> : null}
        <h1 className="govuk-heading-l">Change event</h1>
        {loadError ? null : (
          <p className="govuk-body" role="status">
            Loading the event…
          </p>
        )}
      </>
    );
  }

  const { data, etag } = event.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {saveError ? (
          <SaveProblem
            key={clientError?.at ?? update.submittedAt}
            error={saveError}
            fields={EVENT_FIELDS}
            reloadText="Reload the event"
            onReload={() => {
              update.reset();
              void event.refetch();
            }}
          />
        ) : null}
        <span className="govuk-caption-l">{data.title}</span>
        <h1 className="govuk-heading-l">Change event</h1>
        <EventForm
          // A reload after someone else's change shows their values.
          key={etag}
          event={data}
          programmes={programmes.data.map((programme) => ({ value: programme.id, text: programme.name }))}
          error={saveError}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) => {
            setClientError(null);
            update.reset();
            try {
              update.mutate(
                { etag, body: eventBodyFromForm(form) },
                { onSuccess: () => void navigate(paths.event.getHref(id)) },
              );
            } catch (invalid) {
              setClientError({ error: invalid, at: Date.now() });
            }
          }}
        />
      </div>
    </div>
  );
}
