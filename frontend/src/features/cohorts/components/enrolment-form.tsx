import type { FormEvent } from 'react';

import { CouncilPicker } from '@/components/forms/council-picker';
import { Button } from '@/components/ui/button';
import { Select, TextInput } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';
import { DISABILITIES, ETHNIC_GROUPS, PARTICIPANT_ROLES, SEXES } from '@/lib/reference-data';

import type { Enrolment } from '../api/enrolments';
import { enrolmentFields } from '../lib/form';
import { ENROLMENT_STATUSES } from '../lib/reference-data';

const NOT_ANSWERED = { value: '', text: 'Not answered' };

/**
 * The fields of an enrolment: add one (no `enrolment`) or change one. The diversity questions are optional and
 * never show a recorded answer, because the API never returns one.
 */
export function EnrolmentForm({
  prefix,
  enrolment,
  error,
  saving,
  submitText,
  onSubmit,
  onCancel,
}: {
  /** Keeps this form's field ids apart from another enrolment form's on the page. */
  prefix: string;
  enrolment?: Enrolment;
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData, element: HTMLFormElement) => void;
  onCancel?: () => void;
}) {
  const fields = enrolmentFields(prefix);
  const errors = fieldErrorsFor(error, fields);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget), event.currentTarget);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      <CouncilPicker
        id={fields.council.id}
        name="council"
        label="Council"
        hint="The participant’s council or, for placement programmes such as NGDP, the host council. Type part of the name or the GSS code, then choose."
        defaultCouncil={enrolment?.council}
        error={errors.council}
      />
      <Select
        id={fields.participantRole.id}
        name="participantRole"
        label="Role"
        options={[...(enrolment ? [] : [{ value: '', text: 'Choose a role' }]), ...PARTICIPANT_ROLES]}
        defaultValue={enrolment?.participantRole ?? ''}
        error={errors.participantRole}
      />
      <Select
        id={fields.status.id}
        name="status"
        label="Status"
        options={ENROLMENT_STATUSES}
        defaultValue={enrolment?.status ?? 'enrolled'}
        error={errors.status}
      />
      <TextInput
        id={fields.participantKey.id}
        name="participantKey"
        label="Participant key (optional)"
        hint={
          enrolment
            ? 'A code for the participant, never their name or email.'
            : 'A code for the participant, never their name or email. Leave empty and one will be made up.'
        }
        className="govuk-input--width-20"
        autoComplete="off"
        defaultValue={enrolment?.participantKey ?? ''}
        error={errors.participantKey}
      />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby={`${prefix}diversity-hint`}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Diversity questions (optional)</legend>
          <div className="govuk-hint" id={`${prefix}diversity-hint`}>
            Only if the participant chose to answer. Answers are reported only in aggregate and are never shown
            again, not even here.
            {enrolment ? ' Leave a question unanswered to keep what was recorded.' : ''}
          </div>
          <Select
            id={fields.sex.id}
            name="sex"
            label="Sex"
            options={[NOT_ANSWERED, ...SEXES]}
            defaultValue=""
            error={errors.sex}
          />
          <Select
            id={fields.ethnicGroup.id}
            name="ethnicGroup"
            label="Ethnic group"
            options={[NOT_ANSWERED, ...ETHNIC_GROUPS]}
            defaultValue=""
            error={errors.ethnicGroup}
          />
          <Select
            id={fields.disability.id}
            name="disability"
            label="Disability"
            options={[NOT_ANSWERED, ...DISABILITIES]}
            defaultValue=""
            error={errors.disability}
          />
        </fieldset>
      </div>
      <div className="govuk-button-group">
        <Button type="submit" disabled={saving}>
          {submitText}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
