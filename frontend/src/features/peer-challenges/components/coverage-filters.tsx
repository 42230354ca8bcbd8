import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { Select, TextInput } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import { COUNCIL_TYPES, REGIONS } from '@/lib/reference-data';

import type { CoverageFilters as Filters } from '../api/get-coverage';

export function parseCoverageFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const value = (key: string) => params.get(key)?.trim() || undefined;
  return { asOf: value('asOf'), region: value('region'), type: value('type') };
}

export function coverageSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function CoverageFilters({
  filters,
  defaultAsOf,
  errors = {},
}: {
  filters: Filters;
  defaultAsOf: string;
  errors?: Partial<Record<'asOf' | 'region' | 'type', string>>;
}) {
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const get = (key: string) => String(form.get(key) ?? '').trim() || undefined;
    void navigate(paths.coverage.getHref(coverageSearch({ asOf: get('asOf'), region: get('region'), type: get('type') })));
  };
  return (
    <form method="get" action={paths.coverage.getHref()} onSubmit={onSubmit} noValidate aria-label="Filter coverage">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput
            id="asOf"
            name="asOf"
            type="date"
            label="As of"
            defaultValue={filters.asOf ?? defaultAsOf}
            error={errors.asOf}
          />
        </div>
        <div className="govuk-grid-column-one-third">
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
        <div className="govuk-grid-column-one-third">
          <Select
            id="type"
            name="type"
            label="Council type"
            className="app-select--full-width"
            options={[{ value: '', text: 'All types' }, ...COUNCIL_TYPES]}
            defaultValue={filters.type ?? ''}
            error={errors.type}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to={paths.coverage.getHref()}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
