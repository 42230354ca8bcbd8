import { FilterForm, FilterSelect, yearOptions } from '@/components/filter-form';
import { TextInput } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import { recentFinancialYears } from '@/lib/financial-year';
import { REGIONS, THEMES } from '@/lib/reference-data';
import { useProgrammes } from '@/lib/reference/programmes';

import { filtersFromForm, toSearch, type CohortFilters } from '../lib/filters';

export type FilterErrors = Partial<Record<'financialYear' | 'programme' | 'theme' | 'region' | 'q', string>>;

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function CohortsFilters({
  filters,
  errors = {},
  today = new Date(),
}: {
  filters: CohortFilters;
  errors?: FilterErrors;
  today?: Date;
}) {
  const programmes = useProgrammes();
  const programmeOptions = (programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));

  return (
    <FilterForm
      label="Filter cohorts"
      getHref={paths.cohorts.getHref}
      searchFromForm={(form) => toSearch(filtersFromForm(form))}
      hidden={{ council: filters.council, organisation: filters.organisation }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput
            id="q"
            name="q"
            type="search"
            label="Name contains"
            defaultValue={filters.q ?? ''}
            error={errors.q}
          />
        </div>
        <FilterSelect
          // Drawn again once the programmes have loaded, so the chosen one is selected.
          key={programmes.isSuccess ? 'loaded' : 'loading'}
          name="programme"
          label="Programme"
          all="All programmes"
          options={programmeOptions}
          value={filters.programme}
          keepUnknown
          error={errors.programme}
        />
        <FilterSelect name="theme" label="Theme" all="All themes" options={THEMES} value={filters.theme} error={errors.theme} />
      </div>
      <div className="govuk-grid-row">
        <FilterSelect
          name="financialYear"
          label="Financial year"
          all="All years"
          options={yearOptions(recentFinancialYears(today, 10))}
          value={filters.financialYear}
          keepUnknown
          error={errors.financialYear}
        />
        <FilterSelect
          name="region"
          label="Region of a participant’s council"
          all="All regions"
          options={REGIONS}
          value={filters.region}
          error={errors.region}
        />
      </div>
    </FilterForm>
  );
}
