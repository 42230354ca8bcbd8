import { useState } from 'react';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';

import {
  ENROLMENTS_PAGE_SIZE,
  useAddEnrolment,
  useEnrolments,
  useRemoveEnrolment,
  useUpdateEnrolment,
  type Enrolment,
} from '../api/enrolments';
import { enrolmentBodyFromForm, enrolmentFields, withoutEmpty } from '../lib/form';
import { EnrolmentForm } from './enrolment-form';
import { EnrolmentStatusTag } from './status-tag';

const ADD_PREFIX = '';
const CHANGE_PREFIX = 'change-';

/** The ETag of an enrolment read in a list: its version, quoted as the API quotes it. */
const etagOfEnrolment = (enrolment: Enrolment) => `"${enrolment.version}"`;

function AddEnrolment({ id }: { id: number }) {
  const add = useAddEnrolment(id);
  // A fresh form after each enrolment, so the council picker starts empty.
  const [added, setAdded] = useState(0);
  return (
    <section aria-labelledby="add-enrolment-heading">
      <h3 className="govuk-heading-s" id="add-enrolment-heading">
        Enrol a participant
      </h3>
      {add.error ? (
        <ProblemSummary key={add.submittedAt} error={add.error} fields={enrolmentFields(ADD_PREFIX)} />
      ) : null}
      {add.isSuccess ? (
        <div className="govuk-inset-text" role="status" data-testid="enrolment-added">
          Enrolled {add.data.participantKey} from {add.data.council.name}.
        </div>
      ) : null}
      <EnrolmentForm
        key={added}
        prefix={ADD_PREFIX}
        error={add.error}
        saving={add.isPending}
        submitText="Enrol participant"
        onSubmit={(form) =>
          add.mutate(withoutEmpty(enrolmentBodyFromForm(form)), { onSuccess: () => setAdded((n) => n + 1) })
        }
      />
    </section>
  );
}

function ChangeEnrolment({
  id,
  enrolment,
  onDone,
  onReload,
}: {
  id: number;
  enrolment: Enrolment;
  onDone: () => void;
  onReload: () => void;
}) {
  const update = useUpdateEnrolment(id);
  return (
    <section aria-labelledby="change-enrolment-heading">
      <h3 className="govuk-heading-s" id="change-enrolment-heading">
        Change enrolment {enrolment.participantKey}
      </h3>
      {update.error ? (
        <SaveProblem
          key={update.submittedAt}
          error={update.error}
          fields={enrolmentFields(CHANGE_PREFIX)}
          reloadText="Reload the enrolments"
          onReload={() => {
            update.reset();
            onReload();
          }}
        />
      ) : null}
      <EnrolmentForm
        prefix={CHANGE_PREFIX}
        enrolment={enrolment}
        error={update.error}
        saving={update.isPending}
        submitText="Save enrolment"
        onCancel={onDone}
        onSubmit={(form) =>
          update.mutate(
            { enrolmentId: enrolment.id, etag: etagOfEnrolment(enrolment), body: withoutEmpty(enrolmentBodyFromForm(form)) },
            { onSuccess: onDone },
          )
        }
      />
    </section>
  );
}

/** The cohort's enrolments, a page at a time; staff can enrol, change and remove participants. */
export function EnrolmentsSection({ id, page, canManage }: { id: number; page: number; canManage: boolean }) {
  const enrolments = useEnrolments(id, page);
  const remove = useRemoveEnrolment(id);
  const [changing, setChanging] = useState<number | null>(null);
  const data = enrolments.data;
  const items = data?.items ?? [];
  const busy = enrolments.isFetching;
  const changingEnrolment = items.find((enrolment) => enrolment.id === changing);
  const reload = () => {
    remove.reset();
    void enrolments.refetch();
  };

  return (
    <section aria-labelledby="enrolments-heading" data-testid="enrolments" aria-busy={busy}>
      <h2 className="govuk-heading-m" id="enrolments-heading">
        Enrolments
      </h2>
      {enrolments.error ? <ProblemSummary error={enrolments.error} /> : null}
      {remove.error ? <SaveProblem error={remove.error} reloadText="Reload the enrolments" onReload={reload} /> : null}
      {enrolments.isPending ? (
        <p className="govuk-body" role="status">
          Loading the enrolments…
        </p>
      ) : items.length === 0 ? (
        <p className="govuk-body">No one is enrolled yet.</p>
      ) : (
        <>
          <p className="govuk-body" data-testid="enrolments-summary">
            {summary(page, data?.size ?? ENROLMENTS_PAGE_SIZE, items.length, data?.totalItems ?? 0)}
          </p>
          <Table
            caption="Participants enrolled on this cohort, by council"
            captionSize="hidden"
            rows={items}
            rowKey={(enrolment) => enrolment.id}
            columns={[
              { header: 'Participant', rowHeader: true, cell: (enrolment) => enrolment.participantKey },
              { header: 'Council', cell: (enrolment) => enrolment.council.name },
              { header: 'Role', cell: (enrolment) => enrolment.participantRoleLabel },
              {
                header: 'Status',
                cell: (enrolment) => <EnrolmentStatusTag status={enrolment.status} label={enrolment.statusLabel} />,
              },
              ...(canManage
                ? [
                    {
                      header: 'Actions',
                      cell: (enrolment: Enrolment) => (
                        <div className="govuk-button-group app-button-group--inline">
                          <Button
                            variant="secondary"
                            className="govuk-!-margin-bottom-0"
                            onClick={() => setChanging(enrolment.id)}
                          >
                            Change<span className="govuk-visually-hidden"> {enrolment.participantKey}</span>
                          </Button>
                          <Button
                            variant="warning"
                            className="govuk-!-margin-bottom-0"
                            disabled={busy || remove.isPending}
                            onClick={() =>
                              remove.mutate({ enrolmentId: enrolment.id, etag: etagOfEnrolment(enrolment) })
                            }
                          >
                            Remove<span className="govuk-visually-hidden"> {enrolment.participantKey}</span>
                          </Button>
                        </div>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Pagination
            page={page}
            totalPages={data?.totalPages ?? 0}
            label="Enrolment pages"
            hrefForPage={(n) => `${paths.cohort.getHref(id)}${n > 1 ? `?enrolments=${n}` : ''}`}
          />
        </>
      )}
      {canManage && changingEnrolment ? (
        <ChangeEnrolment
          // By id only: a new version arriving with the save must not remount the form, which would drop its
          // "saved" callback and leave it open.
          key={changingEnrolment.id}
          id={id}
          enrolment={changingEnrolment}
          onDone={() => setChanging(null)}
          onReload={reload}
        />
      ) : null}
      {canManage ? <AddEnrolment id={id} /> : null}
    </section>
  );
}

/** "Showing 1 to 25 of 270 participants". */
function summary(page: number, size: number, shown: number, total: number): string {
  const from = (page - 1) * size + 1;
  return `Showing ${from} to ${from + shown - 1} of ${total.toLocaleString('en-GB')} ${total === 1 ? 'participant' : 'participants'}`;
}
