import type { FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Radios, Select, TextInput, Textarea } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';

import type { Deliverable } from '../api/get-deliverables';
import { DELIVERABLE_FIELDS } from '../lib/form';
import { TARGET_UNITS } from '../lib/reference-data';

type DeliverableFormProps = {
  /** The deliverable being changed; none for a new one. */
  deliverable?: Deliverable;
  /** The financial years the programme runs in, newest first. */
  years: string[];
  /** The year to start with for a new one. */
  initialYear?: string;
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
};

/** The fields of a deliverable (a programme's target for a year). */
export function DeliverableForm({
  deliverable,
  years,
  initialYear,
  error,
  saving,
  submitText,
  onSubmit,
}: DeliverableFormProps) {
  const errors = fieldErrorsFor(error, DELIVERABLE_FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };
  const year = deliverable?.financialYear ?? initialYear ?? '';
  const yearOptions = years.includes(year) || !year ? years : [year, ...years];

  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      <Select
        id="financialYear"
        name="financialYear"
        label="Financial year"
        options={[{ value: '', text: 'Choose a year' }, ...yearOptions.map((option) => ({ value: option, text: option }))]}
        defaultValue={year}
        error={errors.financialYear}
      />
      <Textarea
        id="statement"
        name="statement"
        label="Target statement"
        hint="As the annual report states it, for example: Deliver at least 110 peer challenges, of which 70 corporate or finance. At most 1,000 characters."
        rows={3}
        defaultValue={deliverable?.statement ?? ''}
        error={errors.statement}
      />
      <Radios
        id="targetUnit"
        name="targetUnit"
        label="Type of target"
        options={TARGET_UNITS}
        defaultValue={deliverable?.targetUnit ?? 'count'}
        small
        error={errors.targetUnit}
      />
      <TextInput
        id="targetValue"
        name="targetValue"
        label="Target"
        hint="A number, with at most 2 decimal places; for a percentage, the per cent without the % sign"
        inputMode="decimal"
        className="govuk-input--width-10"
        autoComplete="off"
        defaultValue={deliverable ? String(deliverable.targetValue) : ''}
        error={errors.targetValue}
      />
      <TextInput
        id="metricKey"
        name="metricKey"
        label="Metric key"
        hint="The annual-report metric that will measure this target, in lower-case words joined by hyphens, for example peer-challenges-delivered. The metrics arrive with the annual report; progress will be worked out from the metric, never typed in."
        className="govuk-input--width-30"
        autoComplete="off"
        defaultValue={deliverable?.metricKey ?? ''}
        error={errors.metricKey}
      />
      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}
