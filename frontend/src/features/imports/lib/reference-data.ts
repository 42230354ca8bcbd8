import type { Choice, Option } from '@/components/ui/form-fields';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type ImportDataset = Schemas['ImportDataset'];
export type ImportStatus = Schemas['ImportStatus'];
export type ImportMode = Schemas['ImportMode'];

// Codes from the API contract (ImportDataset, ImportStatus, ImportMode), with their labels.
export const IMPORT_DATASETS: (Option & { value: ImportDataset })[] = [
  { value: 'events', text: 'Events' },
  { value: 'attendances', text: 'Attendances' },
  { value: 'cohorts', text: 'Cohorts' },
  { value: 'enrolments', text: 'Enrolments' },
  { value: 'support-engagements', text: 'Support engagements' },
  { value: 'survey-responses', text: 'Survey responses' },
];

export const IMPORT_STATUSES: (Option & { value: ImportStatus })[] = [
  { value: 'running', text: 'Running' },
  { value: 'completed', text: 'Completed' },
  { value: 'rejected', text: 'Rejected' },
  { value: 'failed', text: 'Failed' },
];

export const IMPORT_MODES: (Choice & { value: ImportMode })[] = [
  {
    value: 'all-or-nothing',
    text: 'All or nothing',
    hint: 'If any row is rejected, nothing in the file is written',
  },
  { value: 'partial', text: 'Partial', hint: 'The good rows are written and the rejected rows are listed' },
];

function labelIn(options: Option[], code: string | undefined): string {
  return options.find((option) => option.value === code)?.text ?? code ?? '';
}

export const datasetLabel = (code: string | undefined) => labelIn(IMPORT_DATASETS, code);
export const importStatusLabel = (code: string | undefined) => labelIn(IMPORT_STATUSES, code);
export const importModeLabel = (code: string | undefined) => labelIn(IMPORT_MODES, code);

/** What a control total (`X-Control-Count`) came to. */
export function controlTotalLabel(code: string | undefined): string {
  if (code === 'reconciled') return 'Reconciled: the declared count matches and every row was accepted';
  if (code === 'count-mismatch') return 'Does not match the rows received';
  if (code === 'rows-rejected') return 'Matches the rows received, but some rows were rejected';
  return code ?? '';
}
