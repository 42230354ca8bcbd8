import { FilterForm, FilterSelect, yearOptions } from '@/components/filter-form';
import { TextInput, type Option } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import { recentFinancialYears } from '@/lib/financial-year';
import { THEMES } from '@/lib/reference-data';

import { filtersFromForm, toSearch, type ProgrammeFilters } from '../lib/filters';
import { FUNDERS } from '../lib/reference-data';

export type FilterErrors = Partial<Record<'q' | 'theme' | 'funder' | 'organisation' | 'financialYear', string>>;

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function ProgrammesFilters({
  filters,
  organisations,
  errors = {},
  today = new Date(),
}: {
  filters: ProgrammeFilters;
  /** The delivering organisations to offer (id → name). */
  organisations: Option[];
  errors?: FilterErrors;
  today?: Date;
}) {
  return (
    <FilterForm
      label="Filter programmes"
      getHref={paths.programmes.getHref}
      searchFromForm={(form) => toSearch(filtersFromForm(form))}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput
            id="q"
            name="q"
            label="Name"
            hint="Part of the name, for example Leader"
            defaultValue={filters.q ?? ''}
            error={errors.q}
          />
        </div>
        <FilterSelect name="theme" label="Theme" all="All themes" options={THEMES} value={filters.theme} error={errors.theme} />
        <FilterSelect name="funder" label="Funder" all="All funders" options={FUNDERS} value={filters.funder} error={errors.funder} />
      </div>
      <div className="govuk-grid-row">
        <FilterSelect
          name="organisation"
          label="Delivering organisation"
          all="All organisations"
          options={organisations}
          value={filters.organisation}
          keepUnknown
          error={errors.organisation}
        />
        <FilterSelect
          name="financialYear"
          label="Running in financial year"
          all="Any year"
          options={yearOptions(recentFinancialYears(today, 10))}
          value={filters.financialYear}
          keepUnknown
          error={errors.financialYear}
        />
      </div>
    </FilterForm>
  );
}
