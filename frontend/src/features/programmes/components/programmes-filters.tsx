import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { Select, TextInput, type Option } from '@/components/ui/form-fields';
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
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(paths.programmes.getHref(toSearch(filtersFromForm(new FormData(event.currentTarget)))));
  };
  const years = recentFinancialYears(today, 10);
  if (filters.financialYear && !years.includes(filters.financialYear)) years.push(filters.financialYear);
  const organisationOptions = [...organisations];
  if (filters.organisation && !organisationOptions.some((option) => option.value === filters.organisation)) {
    organisationOptions.push({ value: filters.organisation, text: filters.organisation });
  }

  return (
    <form method="get" action={paths.programmes.getHref()} onSubmit={onSubmit} noValidate aria-label="Filter programmes">
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
        <div className="govuk-grid-column-one-third">
          <Select
            id="theme"
            name="theme"
            label="Theme"
            className="app-select--full-width"
            options={[{ value: '', text: 'All themes' }, ...THEMES]}
            defaultValue={filters.theme ?? ''}
            error={errors.theme}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="funder"
            name="funder"
            label="Funder"
            className="app-select--full-width"
            options={[{ value: '', text: 'All funders' }, ...FUNDERS]}
            defaultValue={filters.funder ?? ''}
            error={errors.funder}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="organisation"
            name="organisation"
            label="Delivering organisation"
            className="app-select--full-width"
            options={[{ value: '', text: 'All organisations' }, ...organisationOptions]}
            defaultValue={filters.organisation ?? ''}
            error={errors.organisation}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="financialYear"
            name="financialYear"
            label="Running in financial year"
            className="app-select--full-width"
            options={[{ value: '', text: 'Any year' }, ...years.map((year) => ({ value: year, text: year }))]}
            defaultValue={filters.financialYear ?? ''}
            error={errors.financialYear}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to={paths.programmes.getHref()}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
