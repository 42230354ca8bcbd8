import type { FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Radios, Select, TextInput, Textarea } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';

import type { Deliverable } from '../api/get-deliverables';
import { DELIVERABLE_FIELDS } from '../lib/form';
import { TARGET_UNITS } from '../lib/reference-data';

/** A metric of the annual report that a target can be measured by. */
export type MetricChoice = { key: string; label: string };

type DeliverableFormProps = {
  /** The deliverable being changed; none for a new one. */
  deliverable?: Deliverable;
  /** The financial years the programme runs in, newest first. */
  years: string[];
  /** The year to start with for a new one. */
  initialYear?: string;
  /** The annual report's metrics, in report order. */
  metrics: MetricChoice[];
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
  metrics,
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
  const metricOptions = metrics.map((metric) => ({ value: metric.key, text: metric.label }));
  // A target saved before its metric was checked keeps its key on show, so saving it again names the problem.
  const current = deliverable?.metricKey;
  if (current && !metrics.some((metric) => metric.key === current)) {
    metricOptions.push({ value: current, text: `${current} (not a metric)` });
  }

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
      <Select
        id="metricKey"
        name="metricKey"
        label="Measured by"
        hint="The annual-report figure that measures this target. Progress is worked out from it, never typed in. An administrator can add a metric on the Metrics page."
        options={[{ value: '', text: 'Choose a metric' }, ...metricOptions]}
        defaultValue={deliverable?.metricKey ?? ''}
        error={errors.metricKey}
      />
      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}
