import { FilterForm, FilterSelect, yearOptions } from '@/components/filter-form';
import type { Option } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import { recentFinancialYears } from '@/lib/financial-year';
import { REGIONS, THEMES } from '@/lib/reference-data';

import { filtersFromForm, toSearch, type EventFilters } from '../lib/filters';
import { EVENT_FORMATS, EVENT_TYPES } from '../lib/reference-data';

export type FilterErrors = Partial<Record<'financialYear' | 'programme' | 'theme' | 'region' | 'type' | 'format', string>>;

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function EventsFilters({
  filters,
  programmes,
  errors = {},
  today = new Date(),
}: {
  filters: EventFilters;
  /** The programme catalogue, by name. */
  programmes: Option[];
  errors?: FilterErrors;
  today?: Date;
}) {
  return (
    <FilterForm
      label="Filter events"
      getHref={paths.events.getHref}
      searchFromForm={(form) => toSearch(filtersFromForm(form))}
      hidden={{ council: filters.council, organisation: filters.organisation, q: filters.q }}
    >
      <div className="govuk-grid-row">
        <FilterSelect
          name="financialYear"
          label="Financial year"
          all="All years"
          options={yearOptions(recentFinancialYears(today))}
          value={filters.financialYear}
          keepUnknown
          error={errors.financialYear}
        />
        <FilterSelect
          name="programme"
          label="Programme"
          all="All programmes"
          options={programmes}
          value={filters.programme}
          keepUnknown
          error={errors.programme}
        />
        <FilterSelect name="theme" label="Theme" all="All themes" options={THEMES} value={filters.theme} error={errors.theme} />
      </div>
      <div className="govuk-grid-row">
        <FilterSelect name="region" label="Region" all="All regions" options={REGIONS} value={filters.region} error={errors.region} />
        <FilterSelect name="type" label="Type" all="All types" options={EVENT_TYPES} value={filters.type} error={errors.type} />
        <FilterSelect
          name="format"
          label="Format"
          all="All formats"
          options={EVENT_FORMATS}
          value={filters.format}
          error={errors.format}
        />
      </div>
    </FilterForm>
  );
}
