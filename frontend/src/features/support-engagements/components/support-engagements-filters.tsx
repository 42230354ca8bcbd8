import { FilterForm, FilterSelect, yearOptions } from '@/components/filter-form';
import { paths } from '@/config/paths';
import { recentFinancialYears } from '@/lib/financial-year';
import { REGIONS, THEMES } from '@/lib/reference-data';
import { useProgrammes } from '@/lib/reference/programmes';

import { filtersFromForm, toSearch, type SupportEngagementFilters } from '../lib/filters';
import { ENGAGEMENT_TYPES } from '../lib/reference-data';

export type FilterErrors = Partial<Record<'financialYear' | 'programme' | 'theme' | 'region' | 'type', string>>;

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function SupportEngagementsFilters({
  filters,
  errors = {},
  today = new Date(),
}: {
  filters: SupportEngagementFilters;
  errors?: FilterErrors;
  today?: Date;
}) {
  const programmes = useProgrammes();
  const programmeOptions = (programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));

  return (
    <FilterForm
      label="Filter support engagements"
      getHref={paths.supportEngagements.getHref}
      searchFromForm={(form) => toSearch(filtersFromForm(form))}
      hidden={{ council: filters.council, organisation: filters.organisation }}
    >
      <div className="govuk-grid-row">
        <FilterSelect
          name="financialYear"
          label="Financial year started"
          all="All years"
          options={yearOptions(recentFinancialYears(today))}
          value={filters.financialYear}
          keepUnknown
          error={errors.financialYear}
        />
        <FilterSelect
          name="type"
          label="Type of support"
          all="All types"
          options={ENGAGEMENT_TYPES}
          value={filters.type}
          error={errors.type}
        />
        <FilterSelect name="region" label="Region" all="All regions" options={REGIONS} value={filters.region} error={errors.region} />
      </div>
      <div className="govuk-grid-row">
        <FilterSelect name="theme" label="Theme" all="All themes" options={THEMES} value={filters.theme} error={errors.theme} />
        {/* Drawn once the catalogue has loaded, so that the URL's programme is selected. */}
        {programmes.isPending ? (
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body" role="status">
              Loading programmes…
            </p>
          </div>
        ) : (
          <FilterSelect
            name="programme"
            label="Programme"
            all="All programmes"
            options={programmeOptions}
            value={filters.programme}
            keepUnknown
            error={errors.programme}
            width="two-thirds"
          />
        )}
      </div>
    </FilterForm>
  );
}
