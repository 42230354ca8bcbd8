import type { FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Select, TextInput, Textarea, type Option } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';
import { THEMES } from '@/lib/reference-data';
import type { Programme } from '@/lib/reference/programmes';

import { PROGRAMME_FIELDS } from '../lib/form';
import { AUDIENCES, FUNDERS } from '../lib/reference-data';

type ProgrammeFormProps = {
  /** The programme being changed; none for a new one. */
  programme?: Programme;
  /** The delivering organisations to offer (id → name). */
  organisations: Option[];
  /** The failed save, whose field errors are shown on the fields. */
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
};

/** The fields of a programme. Its values stay in the inputs; the page turns them into the API's body. */
export function ProgrammeForm({ programme, organisations, error, saving, submitText, onSubmit }: ProgrammeFormProps) {
  const errors = fieldErrorsFor(error, PROGRAMME_FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };
  const organisationOptions = [...organisations];
  const current = programme?.deliveringOrganisation;
  if (current && !organisationOptions.some((option) => option.value === current.id)) {
    organisationOptions.push({ value: current.id, text: current.name });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      <TextInput
        id="name"
        name="name"
        label="Name"
        hint="As the annual report names it; no other programme may have the same name"
        autoComplete="off"
        defaultValue={programme?.name ?? ''}
        error={errors.name}
      />
      {programme ? null : (
        <TextInput
          id="id"
          name="id"
          label="Identifier"
          hint="Lower-case words joined by hyphens, for example leadership-academy. It cannot be changed later: other systems use it."
          className="govuk-input--width-20"
          autoComplete="off"
          error={errors.id}
        />
      )}
      <Select
        id="theme"
        name="theme"
        label="Theme"
        options={[{ value: '', text: 'Choose a theme' }, ...THEMES]}
        defaultValue={programme?.theme ?? ''}
        error={errors.theme}
      />
      <Select
        id="funder"
        name="funder"
        label="Funder"
        options={[{ value: '', text: 'Choose a funder' }, ...FUNDERS]}
        defaultValue={programme?.funder ?? ''}
        error={errors.funder}
      />
      <Select
        id="deliveringOrganisation"
        name="deliveringOrganisation"
        label="Delivering organisation"
        options={[{ value: '', text: 'Choose an organisation' }, ...organisationOptions]}
        defaultValue={current?.id ?? ''}
        error={errors.deliveringOrganisation}
      />
      <Select
        id="audience"
        name="audience"
        label="Audience"
        options={[{ value: '', text: 'Choose an audience' }, ...AUDIENCES]}
        defaultValue={programme?.audience ?? ''}
        error={errors.audience}
      />
      <Textarea
        id="description"
        name="description"
        label="Description (optional)"
        hint="At most 2,000 characters"
        defaultValue={programme?.description ?? ''}
        error={errors.description}
      />
      <TextInput
        id="activeFrom"
        name="activeFrom"
        label="First financial year"
        hint="For example, 2024-25"
        className="govuk-input--width-5"
        autoComplete="off"
        defaultValue={programme?.activeFrom ?? ''}
        error={errors.activeFrom}
      />
      <TextInput
        id="activeTo"
        name="activeTo"
        label="Last financial year (optional)"
        hint="Leave empty while the programme runs. To end a programme, enter the last financial year it runs."
        className="govuk-input--width-5"
        autoComplete="off"
        defaultValue={programme?.activeTo ?? ''}
        error={errors.activeTo}
      />
      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}
