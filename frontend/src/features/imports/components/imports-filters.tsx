import { FilterForm, FilterSelect } from '@/components/filter-form';
import type { Option } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';

import { filtersFromForm, toSearch, type ImportFilters } from '../lib/filters';
import { IMPORT_DATASETS, IMPORT_STATUSES } from '../lib/reference-data';

export type FilterErrors = Partial<Record<'dataset' | 'status' | 'organisation', string>>;

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function ImportsFilters({
  filters,
  organisations,
  errors = {},
}: {
  filters: ImportFilters;
  /** The organisations, by name. */
  organisations: Option[];
  errors?: FilterErrors;
}) {
  return (
    <FilterForm label="Filter imports" getHref={paths.imports.getHref} searchFromForm={(form) => toSearch(filtersFromForm(form))}>
      <div className="govuk-grid-row">
        <FilterSelect
          name="dataset"
          label="Dataset"
          all="All datasets"
          options={IMPORT_DATASETS}
          value={filters.dataset}
          error={errors.dataset}
        />
        <FilterSelect
          name="status"
          label="Status"
          all="All statuses"
          options={IMPORT_STATUSES}
          value={filters.status}
          error={errors.status}
        />
        <FilterSelect
          name="organisation"
          label="Organisation"
          all="All organisations"
          options={organisations}
          value={filters.organisation}
          keepUnknown
          error={errors.organisation}
        />
      </div>
    </FilterForm>
  );
}
