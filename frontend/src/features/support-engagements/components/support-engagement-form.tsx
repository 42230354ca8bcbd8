import type { FormEvent } from 'react';

import { CouncilPicker, type CouncilChoice } from '@/components/forms/council-picker';
import { Button } from '@/components/ui/button';
import { Radios, Select, TextInput, Textarea } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useProgrammes } from '@/lib/reference/programmes';

import type { SupportEngagement } from '../api/get-support-engagements';
import { FORM_FIELDS } from '../lib/form';
import { ENGAGEMENT_TYPES } from '../lib/reference-data';

type SupportEngagementFormProps = {
  /** The engagement being changed; none for a new one. */
  engagement?: SupportEngagement;
  /** The council to start with (from `?council=` when recording support for a council). */
  initialCouncil?: CouncilChoice;
  /** The failed save, whose field errors are shown on the fields. */
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
};

/** The fields of a support engagement. Its values stay in the inputs; the page turns them into the API's body. */
export function SupportEngagementForm({
  engagement,
  initialCouncil,
  error,
  saving,
  submitText,
  onSubmit,
}: SupportEngagementFormProps) {
  const programmes = useProgrammes();
  const errors = fieldErrorsFor(error, FORM_FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };

  if (programmes.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading programmes…
      </p>
    );
  }

  const programmeOptions = (programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));
  if (engagement && !programmeOptions.some((option) => option.value === engagement.programme.id)) {
    programmeOptions.push({ value: engagement.programme.id, text: engagement.programme.name });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      <CouncilPicker
        id="council"
        name="council"
        label="Council"
        hint="The council supported. Type part of its name or its GSS code, then choose"
        defaultCouncil={engagement?.council ?? initialCouncil}
        error={errors.council}
      />
      <Select
        id="programme"
        name="programme"
        label="Programme"
        hint="The programme the support is part of"
        options={[{ value: '', text: 'Choose a programme' }, ...programmeOptions]}
        defaultValue={engagement?.programme.id ?? ''}
        error={errors.programme}
      />
      <Radios
        id="type"
        name="type"
        label="Type of support"
        options={ENGAGEMENT_TYPES}
        defaultValue={engagement?.type}
        small
        error={errors.type}
      />
      <TextInput
        id="startDate"
        name="startDate"
        type="date"
        label="Start date"
        hint="The council must have existed on this date"
        className="govuk-input--width-10"
        defaultValue={engagement?.startDate ?? ''}
        error={errors.startDate}
      />
      <TextInput
        id="endDate"
        name="endDate"
        type="date"
        label="End date"
        hint="Leave empty while the support continues"
        className="govuk-input--width-10"
        defaultValue={engagement?.endDate ?? ''}
        error={errors.endDate}
      />
      <TextInput
        id="daysDelivered"
        name="daysDelivered"
        label="Days delivered"
        hint="So far, in days and tenths of a day, for example 2.5. Leave empty if none yet"
        className="govuk-input--width-5"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={engagement ? String(engagement.daysDelivered) : ''}
        error={errors.daysDelivered}
      />
      <TextInput
        id="leadAdviser"
        name="leadAdviser"
        label="Lead adviser"
        hint="Their name. Only LGA staff and administrators see it"
        className="govuk-input--width-20"
        autoComplete="off"
        defaultValue={engagement?.leadAdviser ?? ''}
        error={errors.leadAdviser}
      />
      <Textarea
        id="notes"
        name="notes"
        label="Notes"
        hint="For LGA staff only"
        defaultValue={engagement?.notes ?? ''}
        error={errors.notes}
      />
      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}
