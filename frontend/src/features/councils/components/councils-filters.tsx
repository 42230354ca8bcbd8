import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { Select, TextInput } from '@/components/ui/form-fields';
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
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(paths.councils.getHref(toSearch(filtersFromForm(new FormData(event.currentTarget)))));
  };

  return (
    <form method="get" action={paths.councils.getHref()} onSubmit={onSubmit} noValidate aria-label="Filter councils">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <TextInput id="q" name="q" label="Name" hint="For example, Cumb" defaultValue={filters.q ?? ''} error={errors.q} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="region"
            name="region"
            label="Region"
            className="app-select--full-width"
            options={[{ value: '', text: 'All regions' }, ...REGIONS]}
            defaultValue={filters.region ?? ''}
            error={errors.region}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="type"
            name="type"
            label="Type"
            className="app-select--full-width"
            options={[{ value: '', text: 'All types' }, ...COUNCIL_TYPES]}
            defaultValue={filters.type ?? ''}
            error={errors.type}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="status"
            name="status"
            label="Status"
            className="app-select--full-width"
            options={STATUSES}
            defaultValue={filters.status}
            error={errors.status}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to={paths.councils.getHref()}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
