import { FilterForm, FilterSelect, yearOptions } from '@/components/filter-form';
import { paths } from '@/config/paths';
import { recentFinancialYears } from '@/lib/financial-year';
import { PARTICIPANT_ROLES, REGIONS, THEMES } from '@/lib/reference-data';
import { useProgrammes } from '@/lib/reference/programmes';

import { filtersFromForm, SUBJECT_KEYS, toSearch, type SurveyResponseFilters } from '../lib/filters';
import { SUBJECT_TYPES } from '../lib/reference-data';

export type FilterErrors = Partial<
  Record<'financialYear' | 'subjectType' | 'programme' | 'theme' | 'region' | 'respondentRole', string>
>;

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
  // Until the catalogue has loaded (or if it cannot be), the list offers only what is in the URL.
  const programmes = (useProgrammes().data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));

  const selects = [
    { name: 'financialYear', label: 'Financial year', all: 'All years', known: yearOptions(recentFinancialYears(today)) },
    { name: 'subjectType', label: 'About', all: 'Everything', known: SUBJECT_TYPES },
    { name: 'programme', label: 'Programme', all: 'All programmes', known: programmes },
    { name: 'theme', label: 'Theme', all: 'All themes', known: THEMES },
    { name: 'region', label: 'Region', all: 'All regions', known: REGIONS },
    { name: 'respondentRole', label: 'Respondent', all: 'All respondents', known: PARTICIPANT_ROLES },
  ] as const;

  return (
    <FilterForm
      label="Filter survey responses"
      getHref={paths.surveyResponses.getHref}
      searchFromForm={(form) => toSearch(filtersFromForm(form))}
      hidden={Object.fromEntries(SUBJECT_KEYS.map((key) => [key, filters[key]]))}
    >
      <div className="govuk-grid-row">
        {selects.map((select) => (
          <FilterSelect
            key={select.name}
            name={select.name}
            label={select.label}
            all={select.all}
            options={select.known}
            value={filters[select.name]}
            keepUnknown
            error={errors[select.name]}
          />
        ))}
      </div>
    </FilterForm>
  );
}
