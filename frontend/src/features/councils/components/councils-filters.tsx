import { FilterForm, FilterSelect } from '@/components/filter-form';
import { TextInput } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import { COUNCIL_TYPES, REGIONS } from '@/lib/reference-data';

import { filtersFromForm, toSearch, type CouncilFilters } from '../lib/filters';
import { STATUSES } from '../lib/reference-data';

type CouncilsFiltersProps = {
  filters: CouncilFilters;
  /** Field errors from the API, keyed by query parameter name. */
  errors?: Partial<Record<'region' | 'type' | 'status' | 'q', string>>;
};

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function CouncilsFilters({ filters, errors = {} }: CouncilsFiltersProps) {
  return (
    <FilterForm
      label="Filter councils"
      getHref={paths.councils.getHref}
      searchFromForm={(form) => toSearch(filtersFromForm(form))}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <TextInput id="q" name="q" label="Name" hint="For example, Cumb" defaultValue={filters.q ?? ''} error={errors.q} />
        </div>
        <FilterSelect
          name="region"
          label="Region"
          all="All regions"
          options={REGIONS}
          value={filters.region}
          error={errors.region}
          width="one-quarter"
        />
        <FilterSelect
          name="type"
          label="Type"
          all="All types"
          options={COUNCIL_TYPES}
          value={filters.type}
          error={errors.type}
          width="one-quarter"
        />
        <FilterSelect
          name="status"
          label="Status"
          options={STATUSES}
          value={filters.status}
          error={errors.status}
          width="one-quarter"
        />
      </div>
    </FilterForm>
  );
}
