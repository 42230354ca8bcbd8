import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { formatWhen } from '@/components/history/history-table';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/form-fields';
import { SuccessBanner } from '@/components/ui/notification-banner';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { fieldErrorsFor } from '@/lib/api/problem';
import { regionLabel } from '@/lib/reference-data';

import { useSnapshots, useTakeSnapshot, type ReportSnapshot } from '../api/snapshots';
import type { ReportScope } from '../lib/report-params';

const NOTE_FIELDS = { note: { id: 'snapshot-note', label: 'Note' } };

export function councilsText(councils: string): string {
  return councils === 'current' ? 'Today’s councils' : 'As they were that year';
}

/** "Freeze this report": stores every figure of the report as shown (its councils and region), with a note. */
function FreezeForm({ scope }: { scope: ReportScope }) {
  const take = useTakeSnapshot(scope);
  const [formKey, setFormKey] = useState(0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const note = new FormData(event.currentTarget).get('note');
    const text = typeof note === 'string' && note.trim() ? note.trim() : undefined;
    take.mutate(text, { onSuccess: () => setFormKey((key) => key + 1) });
  };
  const errors = fieldErrorsFor(take.error, NOTE_FIELDS);
  return (
    <>
      {take.error ? <ProblemSummary key={take.submittedAt} error={take.error} fields={NOTE_FIELDS} /> : null}
      {take.data ? (
        <SuccessBanner
          titleLevel={3}
          heading={
            <>
              Report frozen: snapshot {take.data.id}, taken {formatWhen(take.data.takenAt)}.{' '}
              <Link className="govuk-notification-banner__link" to={paths.reportSnapshot.getHref(take.data.financialYear, take.data.id)}>
                See what has moved since
              </Link>
            </>
          }
        />
      ) : null}
      <form onSubmit={submit} noValidate aria-label="Freeze this report" key={formKey}>
        <Textarea
          id="snapshot-note"
          name="note"
          label="Note (optional)"
          hint="Why it is frozen, for example: As published in the annual report. At most 500 characters."
          rows={2}
          error={errors.note}
        />
        <Button type="submit" disabled={take.isPending}>
          Freeze this report
        </Button>
      </form>
    </>
  );
}

/** The year's snapshots, newest first, each with a link to what has moved since; and, for staff, the freeze form. */
export function SnapshotsSection({ scope, canFreeze }: { scope: ReportScope; canFreeze: boolean }) {
  const snapshots = useSnapshots(scope.year);
  return (
    <section aria-labelledby="snapshots" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="snapshots">
        Snapshots
      </h2>
      <p className="govuk-body">
        A snapshot freezes every figure as it is now, with the records behind it, so the published report can be kept and
        compared with the figures as the records change.
      </p>
      {canFreeze ? <FreezeForm scope={scope} /> : null}
      {snapshots.error ? (
        <ProblemSummary error={snapshots.error} />
      ) : snapshots.isPending ? (
        <p className="govuk-body">Loading the snapshots…</p>
      ) : snapshots.data.length === 0 ? (
        <p className="govuk-body" data-testid="no-snapshots">
          No snapshot of {scope.year} has been taken.
        </p>
      ) : (
        <Table<ReportSnapshot>
          caption={`Snapshots of ${scope.year}, newest first`}
          captionSize="s"
          rows={snapshots.data}
          rowKey={(snapshot) => snapshot.id}
          columns={[
            {
              header: 'Taken',
              rowHeader: true,
              cell: (snapshot) => (
                <Link className="govuk-link" to={paths.reportSnapshot.getHref(snapshot.financialYear, snapshot.id)}>
                  {formatWhen(snapshot.takenAt)}
                  <span className="govuk-visually-hidden">: what has moved since snapshot {snapshot.id}</span>
                </Link>
              ),
            },
            { header: 'By', cell: (snapshot) => snapshot.takenBy },
            { header: 'Councils', cell: (snapshot) => councilsText(snapshot.councils) },
            { header: 'Region', cell: (snapshot) => (snapshot.region ? regionLabel(snapshot.region) : 'All of England') },
            { header: 'Note', cell: (snapshot) => snapshot.note ?? '' },
          ]}
        />
      )}
    </section>
  );
}
