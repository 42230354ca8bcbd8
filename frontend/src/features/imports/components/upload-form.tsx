import type { FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Checkboxes, FileUpload, Radios, Select, type Option } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';

import { IMPORT_DATASETS, IMPORT_MODES } from '../lib/reference-data';
import { UPLOAD_FIELDS } from '../lib/upload';

type UploadFormProps = {
  /** The organisations the rows may belong to, by name. */
  organisations: Option[];
  /** The failed upload, whose field errors are shown on the fields. */
  error: unknown;
  sending: boolean;
  onSubmit: (form: FormData) => void;
};

/** Choose whose records, which dataset, how, and the CSV file. The page turns the fields into the push. */
export function UploadForm({ organisations, error, sending, onSubmit }: UploadFormProps) {
  const errors = fieldErrorsFor(error, UPLOAD_FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // The chosen file as the input holds it (jsdom's form data misses a file set by the tests' user events).
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file) form.set('file', file);
    onSubmit(form);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Upload a CSV file">
      <Select
        id={UPLOAD_FIELDS.organisation.id}
        name="organisation"
        label={UPLOAD_FIELDS.organisation.label}
        hint="The partner whose records the rows are. It must deliver the programmes the rows name."
        options={[{ value: '', text: 'Choose an organisation' }, ...organisations]}
        defaultValue=""
        error={errors.organisation}
      />
      <Select
        id={UPLOAD_FIELDS.dataset.id}
        name="dataset"
        label={UPLOAD_FIELDS.dataset.label}
        hint="What the rows are. The header row names the fields, as in the partner integration guide."
        options={[{ value: '', text: 'Choose a dataset' }, ...IMPORT_DATASETS]}
        defaultValue=""
        error={errors.dataset}
      />
      <Radios
        id={UPLOAD_FIELDS.mode.id}
        name="mode"
        label={UPLOAD_FIELDS.mode.label}
        options={IMPORT_MODES}
        defaultValue="all-or-nothing"
        error={errors.mode}
        small
      />
      <Checkboxes
        id={UPLOAD_FIELDS.dryRun.id}
        name="dryRun"
        label="Check only"
        options={[{ value: 'true', text: 'Dry run', hint: 'Check every row and show what would happen, writing nothing' }]}
        error={errors.dryRun}
        small
      />
      <FileUpload
        id={UPLOAD_FIELDS.file.id}
        name="file"
        label={UPLOAD_FIELDS.file.label}
        hint="UTF-8 with a header row of field names, for example externalId,programme,title. At most 50 MB and 100,000 rows; over 5,000 rows it runs in the background."
        accept=".csv,text/csv"
        error={errors.file}
      />
      <Button type="submit" disabled={sending}>
        {sending ? 'Uploading…' : 'Upload'}
      </Button>
    </form>
  );
}
