import { useState, type FormEvent } from 'react';

import { CouncilPicker } from '@/components/forms/council-picker';
import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { Button } from '@/components/ui/button';
import { Radios, TextInput, type Choice } from '@/components/ui/form-fields';
import { Pagination } from '@/components/ui/pagination';
import { Table } from '@/components/ui/table';
import { fieldErrorsFor } from '@/lib/api/problem';
import { PARTICIPANT_ROLES, participantRoleLabel } from '@/lib/reference-data';

import {
  useAddAttendance,
  useAttendances,
  useRemoveAttendance,
  useUpdateAttendance,
  type Attendance,
} from '../api/attendances';
import { attendanceBodyFromForm, attendanceFieldsWithPrefix, ATTENDANCE_FIELDS } from '../lib/form';

const ATTENDED_CHOICES: Choice[] = [
  { value: 'yes', text: 'Yes, they attended' },
  { value: 'no', text: 'No, booked only' },
];
const CHANGE_FIELDS = attendanceFieldsWithPrefix('change-');
const KEY_HINT =
  'A pseudonymous reference for the person, such as a booking number: never a name or an email address. ' +
  'Leave empty and one is generated.';

/** "Councillor, County Durham, attended" for screen readers' button names. */
function describe(attendance: Attendance): string {
  return `${attendance.attendeeRoleLabel ?? participantRoleLabel(attendance.attendeeRole)} ${attendance.attendeeKey}`;
}

/** The fields shared by the add and change forms; `prefix` keeps the ids unique on the page. */
function AttendanceFields({
  prefix = '',
  attendance,
  errors,
  eventStartDate,
}: {
  prefix?: string;
  attendance?: Attendance;
  errors: Partial<Record<keyof typeof ATTENDANCE_FIELDS, string>>;
  eventStartDate: string;
}) {
  return (
    <>
      <CouncilPicker
        id={`${prefix}council`}
        name="council"
        label="Council"
        hint={`Type part of the name, then choose. It must have existed on ${eventStartDate}. Leave empty for someone from outside local government.`}
        defaultCouncil={attendance?.council}
        error={errors.council}
      />
      <Radios
        id={`${prefix}attendeeRole`}
        name="attendeeRole"
        label="Role"
        options={PARTICIPANT_ROLES}
        defaultValue={attendance?.attendeeRole}
        small
        error={errors.attendeeRole}
      />
      <Radios
        id={`${prefix}attended`}
        name="attended"
        label="Attended"
        options={ATTENDED_CHOICES}
        defaultValue={attendance ? (attendance.attended ? 'yes' : 'no') : undefined}
        small
        error={errors.attended}
      />
      <TextInput
        id={`${prefix}attendeeKey`}
        name="attendeeKey"
        label="Attendee key (optional)"
        hint={attendance ? 'A pseudonymous reference: never a name or an email address' : KEY_HINT}
        className="govuk-input--width-20"
        autoComplete="off"
        defaultValue={attendance?.attendeeKey ?? ''}
        error={errors.attendeeKey}
      />
    </>
  );
}

function AddAttendance({ eventId, eventStartDate }: { eventId: number; eventStartDate: string }) {
  const add = useAddAttendance(eventId);
  // A new key after each booking clears the form, the council picker included.
  const [formKey, setFormKey] = useState(0);
  const errors = fieldErrorsFor(add.error, ATTENDANCE_FIELDS);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(attendanceBodyFromForm(new FormData(event.currentTarget)), {
      onSuccess: () => setFormKey((key) => key + 1),
    });
  };
  return (
    <section aria-labelledby="add-attendance-heading">
      <h3 className="govuk-heading-m" id="add-attendance-heading">
        Add attendance
      </h3>
      {add.error ? <ProblemSummary key={add.submittedAt} error={add.error} fields={ATTENDANCE_FIELDS} /> : null}
      {add.isSuccess ? (
        <p className="govuk-body" role="status" data-testid="attendance-added">
          Attendance added with key {add.data.attendeeKey}.
        </p>
      ) : null}
      <form key={formKey} onSubmit={onSubmit} noValidate aria-label="Add attendance">
        <AttendanceFields errors={errors} eventStartDate={eventStartDate} />
        <Button type="submit" disabled={add.isPending}>
          Add attendance
        </Button>
      </form>
    </section>
  );
}

function ChangeAttendance({
  eventId,
  attendance,
  eventStartDate,
  onDone,
  onReload,
}: {
  eventId: number;
  attendance: Attendance;
  eventStartDate: string;
  onDone: () => void;
  onReload: () => void;
}) {
  const update = useUpdateAttendance(eventId);
  const errors = fieldErrorsFor(update.error, CHANGE_FIELDS);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { attendance, body: attendanceBodyFromForm(new FormData(event.currentTarget)) },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Change attendance ${attendance.attendeeKey}`}>
      <h3 className="govuk-heading-m">Change attendance {attendance.attendeeKey}</h3>
      {update.error ? (
        <SaveProblem
          key={update.submittedAt}
          error={update.error}
          fields={CHANGE_FIELDS}
          reloadText="Reload the attendances"
          onReload={() => {
            update.reset();
            onReload();
          }}
        />
      ) : null}
      <AttendanceFields
        prefix="change-"
        attendance={attendance}
        errors={errors}
        eventStartDate={eventStartDate}
      />
      <div className="govuk-button-group">
        <Button type="submit" disabled={update.isPending}>
          Save changes
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The event's bookings, a page at a time; staff can add, change and remove them. */
export function AttendanceSection({
  eventId,
  eventStartDate,
  page,
  hrefForPage,
  canManage,
}: {
  eventId: number;
  eventStartDate: string;
  page: number;
  hrefForPage: (page: number) => string;
  canManage: boolean;
}) {
  const attendances = useAttendances(eventId, page);
  const remove = useRemoveAttendance(eventId);
  const [changing, setChanging] = useState<number | null>(null);
  const items = attendances.data?.items ?? [];
  const changingAttendance = items.find((attendance) => attendance.id === changing);
  const busy = attendances.isFetching;
  const reload = () => {
    remove.reset();
    void attendances.refetch();
  };
  const total = attendances.data?.totalItems ?? 0;

  return (
    <section aria-labelledby="attendance-heading" data-testid="attendances" aria-busy={busy}>
      <h2 className="govuk-heading-l" id="attendance-heading">
        Attendance
      </h2>
      {attendances.error ? <ProblemSummary error={attendances.error} /> : null}
      {remove.error ? (
        <SaveProblem error={remove.error} reloadText="Reload the attendances" onReload={reload} />
      ) : null}
      {attendances.isPending ? (
        <p className="govuk-body" role="status">
          Loading attendance…
        </p>
      ) : items.length === 0 ? (
        <p className="govuk-body">No attendance has been recorded yet.</p>
      ) : (
        <>
          <Table
            caption={`Bookings (${total.toLocaleString('en-GB')}), in the order recorded`}
            captionSize="s"
            rows={items}
            rowKey={(attendance) => attendance.id}
            columns={[
              {
                header: 'Council',
                rowHeader: true,
                cell: (attendance) => attendance.council?.name ?? 'Not a council',
              },
              {
                header: 'Role',
                cell: (attendance) => attendance.attendeeRoleLabel ?? participantRoleLabel(attendance.attendeeRole),
              },
              { header: 'Attendance', cell: (attendance) => (attendance.attended ? 'Attended' : 'Booked only') },
              { header: 'Key', cell: (attendance) => <code>{attendance.attendeeKey}</code> },
              ...(canManage
                ? [
                    {
                      header: 'Actions',
                      cell: (attendance: Attendance) => (
                        <div className="govuk-button-group app-button-group--inline">
                          <Button
                            variant="secondary"
                            className="govuk-!-margin-bottom-0"
                            onClick={() => setChanging(attendance.id)}
                          >
                            Change{' '}
                            <span className="govuk-visually-hidden">{describe(attendance)}</span>
                          </Button>
                          <Button
                            variant="warning"
                            className="govuk-!-margin-bottom-0"
                            disabled={busy || remove.isPending}
                            onClick={() => remove.mutate(attendance)}
                          >
                            Remove{' '}
                            <span className="govuk-visually-hidden">{describe(attendance)}</span>
                          </Button>
                        </div>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Pagination
            page={attendances.data?.page ?? page}
            totalPages={attendances.data?.totalPages ?? 0}
            label="Attendance pages"
            hrefForPage={hrefForPage}
          />
        </>
      )}
      {canManage && changingAttendance ? (
        <ChangeAttendance
          // By id only: a new version arriving with the save must not remount the form, which would drop its
          // "saved" callback and leave it open.
          key={changingAttendance.id}
          eventId={eventId}
          attendance={changingAttendance}
          eventStartDate={eventStartDate}
          onDone={() => setChanging(null)}
          onReload={() => void attendances.refetch()}
        />
      ) : null}
      {canManage ? <AddAttendance eventId={eventId} eventStartDate={eventStartDate} /> : null}
    </section>
  );
}

