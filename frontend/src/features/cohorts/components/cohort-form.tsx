import type { FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Select, TextInput } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useProgrammes } from '@/lib/reference/programmes';

import type { Cohort } from '../api/get-cohorts';
import { COHORT_FIELDS } from '../lib/form';

/** The fields of a cohort. Its values stay in the inputs; the page turns them into the API's body. */
export function CohortForm({
  cohort,
  initialProgramme = '',
  error,
  saving,
  submitText,
  onSubmit,
}: {
  /** The cohort being changed; none for a new one. */
  cohort?: Cohort;
  /** The programme to start with (from `?programme=`). */
  initialProgramme?: string;
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
}) {
  const programmes = useProgrammes();
  const errors = fieldErrorsFor(error, COHORT_FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };
  const options = (programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));
  const programme = cohort?.programme.id ?? initialProgramme;
  if (programme && !options.some((option) => option.value === programme)) {
    options.push({ value: programme, text: cohort?.programme.name ?? programme });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      {programmes.isPending ? (
        <p className="govuk-body" role="status">
          Loading the programmes…
        </p>
      ) : (
        <Select
          id={COHORT_FIELDS.programme.id}
          name="programme"
          label="Programme"
          hint={programmes.error ? 'The list of programmes could not be loaded. Try again later.' : undefined}
          options={[{ value: '', text: 'Choose a programme' }, ...options]}
          defaultValue={programme}
          error={errors.programme}
        />
      )}
      <TextInput
        id={COHORT_FIELDS.name.id}
        name="name"
        label="Name"
        hint="Unique within the programme, for example NGDP cohort 25 or Next Generation 2023"
        className="govuk-input--width-30"
        autoComplete="off"
        defaultValue={cohort?.name ?? ''}
        error={errors.name}
      />
      <TextInput
        id={COHORT_FIELDS.startDate.id}
        name="startDate"
        type="date"
        label="Start date"
        className="govuk-input--width-10"
        defaultValue={cohort?.startDate ?? ''}
        error={errors.startDate}
      />
      <TextInput
        id={COHORT_FIELDS.endDate.id}
        name="endDate"
        type="date"
        label="End date (optional)"
        hint="On or after the start date"
        className="govuk-input--width-10"
        defaultValue={cohort?.endDate ?? ''}
        error={errors.endDate}
      />
      <TextInput
        id={COHORT_FIELDS.financialYear.id}
        name="financialYear"
        label="Financial year (optional)"
        hint="The year it is reported in, for example 2024-25. Leave empty to use the year the start date falls in."
        className="govuk-input--width-5"
        autoComplete="off"
        defaultValue={cohort?.financialYear ?? ''}
        error={errors.financialYear}
      />
      <Button type="submit" disabled={saving || programmes.isPending}>
        {submitText}
      </Button>
    </form>
  );
}
