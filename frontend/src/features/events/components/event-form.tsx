import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Radios, Select, TextInput, type Option } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';
import { REGIONS } from '@/lib/reference-data';

import type { EventView } from '../api/get-events';
import { EVENT_FIELDS } from '../lib/form';
import { EVENT_FORMATS, EVENT_TYPES } from '../lib/reference-data';

type EventFormProps = {
  /** The event being changed; none for a new one. */
  event?: EventView;
  /** The programme catalogue, by name. */
  programmes: Option[];
  /** The failed save, whose field errors are shown on the fields. */
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
};

/** The fields of an event. Its values stay in the inputs; the page turns them into the API's body. */
export function EventForm({ event, programmes, error, saving, submitText, onSubmit }: EventFormProps) {
  const [format, setFormat] = useState<string>(event?.format ?? '');
  const errors = fieldErrorsFor(error, EVENT_FIELDS);
  const programmeOptions = [...programmes];
  if (event && !programmes.some((programme) => programme.value === event.programme.id)) {
    programmeOptions.push({ value: event.programme.id, text: event.programme.name });
  }

  const submit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    onSubmit(new FormData(formEvent.currentTarget));
  };

  return (
    <form
      onSubmit={submit}
      onChange={(change) => {
        // The format radios show or hide the region: an online event has none.
        const target: EventTarget = change.target;
        if (target instanceof HTMLInputElement && target.name === 'format') setFormat(target.value);
      }}
      noValidate
      aria-label={submitText}
    >
      <Select
        id="programme"
        name="programme"
        label="Programme"
        hint="The event belongs to the programme’s delivering organisation"
        options={[{ value: '', text: 'Choose a programme' }, ...programmeOptions]}
        defaultValue={event?.programme.id ?? ''}
        error={errors.programme}
      />
      <TextInput
        id="title"
        name="title"
        label="Title"
        autoComplete="off"
        defaultValue={event?.title ?? ''}
        error={errors.title}
      />
      <Select
        id="type"
        name="type"
        label="Type"
        options={[{ value: '', text: 'Choose a type' }, ...EVENT_TYPES]}
        defaultValue={event?.type ?? ''}
        error={errors.type}
      />
      <Radios
        id="format"
        name="format"
        label="Format"
        options={EVENT_FORMATS}
        defaultValue={event?.format}
        small
        error={errors.format}
      />
      <TextInput
        id="startDate"
        name="startDate"
        type="date"
        label="Start date"
        className="govuk-input--width-10"
        defaultValue={event?.startDate ?? ''}
        error={errors.startDate}
      />
      <TextInput
        id="endDate"
        name="endDate"
        type="date"
        label="End date"
        hint="Leave empty for a one-day event"
        className="govuk-input--width-10"
        defaultValue={event && event.endDate !== event.startDate ? event.endDate : ''}
        error={errors.endDate}
      />
      {format === 'online' ? null : (
        <Select
          id="region"
          name="region"
          label="Region"
          hint="Where it is held; needed for an in-person or hybrid event"
          options={[{ value: '', text: 'Choose a region' }, ...REGIONS]}
          defaultValue={event?.region ?? ''}
          error={errors.region}
        />
      )}
      <TextInput
        id="venue"
        name="venue"
        label="Venue (optional)"
        autoComplete="off"
        defaultValue={event?.venue ?? ''}
        error={errors.venue}
      />
      <TextInput
        id="capacity"
        name="capacity"
        label="Capacity (optional)"
        hint="Places offered. Bookings beyond it are still accepted: events often overbook"
        inputMode="numeric"
        className="govuk-input--width-5"
        defaultValue={event?.capacity ? String(event.capacity) : ''}
        error={errors.capacity}
      />
      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}
