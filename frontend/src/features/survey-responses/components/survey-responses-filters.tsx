import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { Select, type Option } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import { recentFinancialYears } from '@/lib/financial-year';
import { PARTICIPANT_ROLES, REGIONS, THEMES } from '@/lib/reference-data';
import { useProgrammes } from '@/lib/reference/programmes';

import { filtersFromForm, SUBJECT_KEYS, toSearch, type SurveyResponseFilters } from '../lib/filters';
import { SUBJECT_TYPES } from '../lib/reference-data';

export type FilterErrors = Partial<
  Record<'financialYear' | 'subjectType' | 'programme' | 'theme' | 'region' | 'respondentRole', string>
>;

/** Options with an "all" first, keeping a value from the URL that the list does not know. */
function options(all: string, known: Option[], current: string | undefined): Option[] {
  const list = [{ value: '', text: all }, ...known];
  if (current && !known.some((option) => option.value === current)) list.push({ value: current, text: current });
  return list;
}

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function SurveyResponsesFilters({
  filters,
  errors = {},
  today = new Date(),
}: {
  filters: SurveyResponseFilters;
  errors?: FilterErrors;
  today?: Date;
}) {
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(paths.surveyResponses.getHref(toSearch(filtersFromForm(new FormData(event.currentTarget)))));
  };
  const years = recentFinancialYears(today).map((year) => ({ value: year, text: year }));
  // Until the catalogue has loaded (or if it cannot be), the list offers only what is in the URL.
  const programmes = (useProgrammes().data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));

  const selects = [
    { name: 'financialYear', label: 'Financial year', all: 'All years', known: years },
    { name: 'subjectType', label: 'About', all: 'Everything', known: SUBJECT_TYPES },
    { name: 'programme', label: 'Programme', all: 'All programmes', known: programmes },
    { name: 'theme', label: 'Theme', all: 'All themes', known: THEMES },
    { name: 'region', label: 'Region', all: 'All regions', known: REGIONS },
    { name: 'respondentRole', label: 'Respondent', all: 'All respondents', known: PARTICIPANT_ROLES },
  ] as const;

  return (
    <form
      method="get"
      action={paths.surveyResponses.getHref()}
      onSubmit={onSubmit}
      noValidate
      aria-label="Filter survey responses"
    >
      {SUBJECT_KEYS.map((key) =>
        filters[key] ? <input key={key} type="hidden" name={key} value={filters[key]} /> : null,
      )}
      <div className="govuk-grid-row">
        {selects.map((select) => (
          <div className="govuk-grid-column-one-third" key={select.name}>
            <Select
              id={select.name}
              name={select.name}
              label={select.label}
              className="app-select--full-width"
              options={options(select.all, [...select.known], filters[select.name])}
              defaultValue={filters[select.name] ?? ''}
              error={errors[select.name]}
            />
          </div>
        ))}
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to={paths.surveyResponses.getHref()}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
