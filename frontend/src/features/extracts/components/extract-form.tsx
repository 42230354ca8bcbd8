import { useRef, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Select, TextInput, type Option } from '@/components/ui/form-fields';
import { recentFinancialYears } from '@/lib/financial-year';
import { REGIONS, THEMES } from '@/lib/reference-data';
import { useProgrammes } from '@/lib/reference/programmes';

import type { ExtractDataset } from '../api/get-extracts';
import type { ExtractChoices } from '../lib/query';
import { FORMATS, type ExtractFormat, type FilterName } from '../lib/reference-data';

export type ChoiceName = FilterName | 'updatedSince';
export type FormErrors = Partial<Record<ChoiceName, string>>;

/** The options, with "all" first, and the current value kept when they do not know it (so it stays chosen). */
function choicesOf(all: string, options: readonly Option[], value: string | undefined): Option[] {
  const choices = [{ value: '', text: all }, ...options];
  if (value && !options.some((option) => option.value === value)) choices.push({ value, text: value });
  return choices;
}

/**
 * The rows to download: the filters that apply to the dataset (and "changed since" where it keeps track of
 * changes), kept by the page, and a download button per format. Enter in a field downloads CSV.
 */
export function ExtractForm({
  dataset,
  choices,
  onChange,
  onDownload,
  pending = false,
  errors = {},
  labelledBy,
  today = new Date(),
}: {
  dataset: ExtractDataset;
  choices: ExtractChoices;
  onChange: (name: ChoiceName, value: string) => void;
  onDownload: (format: ExtractFormat) => void;
  /** A download is under way: further presses are ignored. */
  pending?: boolean;
  errors?: FormErrors;
  /** The id of the heading that names the form. */
  labelledBy: string;
  today?: Date;
}) {
  const programmes = useProgrammes();
  const chosen = useRef<ExtractFormat>(FORMATS[0].value);
  const applies = (name: FilterName) => dataset.filters.includes(name);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onDownload(chosen.current);
  };
  const select = (name: FilterName, label: string, all: string, options: readonly Option[], hint?: string) => (
    <div className="govuk-grid-column-one-third" key={name}>
      <Select
        id={name}
        name={name}
        label={label}
        hint={hint}
        className="app-select--full-width"
        options={choicesOf(all, options, choices[name])}
        value={choices[name] ?? ''}
        onChange={(value) => onChange(name, value)}
        error={errors[name]}
      />
    </div>
  );

  const years = recentFinancialYears(today, 10).map((year) => ({ value: year, text: year }));
  const programmeOptions = (programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));
  const fields = [
    applies('financialYear') ? select('financialYear', 'Financial year', 'All years', years) : null,
    applies('programme') ? select('programme', 'Programme', 'All programmes', programmeOptions) : null,
    applies('theme') ? select('theme', 'Theme', 'All themes', THEMES, 'Of the programme') : null,
    applies('region')
      ? select(
          'region',
          'Region',
          'All regions',
          REGIONS,
          dataset.name === 'events' ? 'Where the event was held' : 'Of the council',
        )
      : null,
    applies('council') ? (
      <div className="govuk-grid-column-one-third" key="council">
        <TextInput
          id="council"
          name="council"
          label="Council GSS code"
          hint="For example, E06000047"
          className="govuk-input--width-10"
          value={choices.council ?? ''}
          onChange={(value) => onChange('council', value)}
          autoComplete="off"
          error={errors.council}
        />
      </div>
    ) : null,
  ].filter(Boolean);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelledBy} data-testid="extract-form">
      {fields.length > 0 ? (
        <div className="govuk-grid-row">{fields}</div>
      ) : (
        <p className="govuk-body">No filters apply: this dataset always comes whole.</p>
      )}
      {dataset.incremental ? (
        <TextInput
          id="updatedSince"
          name="updatedSince"
          label="Changed since (optional)"
          hint={
            <>
              The <code>Extract-Watermark</code> of an earlier download, such as 2026-11-30T09:15:02.417Z: you get the
              rows created or changed since, and a row with <code>deleted</code> set to true for each one deleted or
              withdrawn. Leave it blank for every row.
            </>
          }
          className="govuk-input--width-20 app-secret"
          value={choices.updatedSince ?? ''}
          onChange={(value) => onChange('updatedSince', value)}
          autoComplete="off"
          error={errors.updatedSince}
        />
      ) : null}
      <p className="govuk-body">
        CSV has a header row and opens in a spreadsheet; NDJSON has one JSON object a line, to read as a stream;
        JSON is one array.
      </p>
      <div className="govuk-button-group">
        {FORMATS.map((format, index) => (
          <Button
            key={format.value}
            type="submit"
            variant={index === 0 ? 'primary' : 'secondary'}
            aria-disabled={pending || undefined}
            onClick={() => {
              chosen.current = format.value;
            }}
          >
            Download {format.text}
          </Button>
        ))}
      </div>
    </form>
  );
}
