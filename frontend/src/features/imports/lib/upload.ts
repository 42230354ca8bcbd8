import { ApiError, type FieldError } from '@/lib/api/problem';

import type { ImportDataset, ImportMode } from './reference-data';

/** The upload form's fields, keyed by the API's parameter names (so problem `errors[].field` find them). */
export const UPLOAD_FIELDS = {
  organisation: { id: 'organisation', label: 'Organisation' },
  dataset: { id: 'dataset', label: 'Dataset' },
  mode: { id: 'mode', label: 'Mode' },
  dryRun: { id: 'dryRun', label: 'Dry run' },
  file: { id: 'file', label: 'CSV file' },
} as const;

/** What the upload sends: the push's parameters and the file whose bytes are the body. */
export type Upload = {
  organisation: string;
  dataset: ImportDataset;
  mode: ImportMode;
  dryRun: boolean;
  file: File;
};

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The upload form → the push, or a 400-shaped problem naming every field the page can tell is missing before
 * sending (as the API would, so the error summary shows them the same way).
 */
export function uploadFromForm(form: FormData): Upload {
  const organisation = text(form, 'organisation');
  const dataset = text(form, 'dataset') as ImportDataset | undefined;
  const file = form.get('file');
  const chosen = file instanceof File && file.name !== '' ? file : undefined;
  const errors: FieldError[] = [];
  if (!organisation) errors.push({ field: 'organisation', message: 'is required: choose whose records the rows are' });
  if (!dataset) errors.push({ field: 'dataset', message: 'is required: choose what the rows are' });
  if (!chosen) errors.push({ field: 'file', message: 'is required: choose the file to upload' });
  else if (chosen.size === 0) errors.push({ field: 'file', message: 'is empty: choose a file with a header row and at least one row' });
  if (errors.length > 0 || !organisation || !dataset || !chosen) {
    throw new ApiError(400, { title: 'Bad Request', detail: 'The upload has missing fields.', errors });
  }
  return {
    organisation,
    dataset,
    mode: (text(form, 'mode') as ImportMode | undefined) ?? 'all-or-nothing',
    dryRun: form.get('dryRun') === 'true',
    file: chosen,
  };
}
