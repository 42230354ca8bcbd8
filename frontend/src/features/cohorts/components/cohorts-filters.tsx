import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { Select, TextInput } from '@/components/ui/form-fields';
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
  const navigate = useNavigate();
  const programmes = useProgrammes();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(paths.cohorts.getHref(toSearch(filtersFromForm(new FormData(event.currentTarget)))));
  };
  const years = recentFinancialYears(today, 10);
  if (filters.financialYear && !years.includes(filters.financialYear)) years.push(filters.financialYear);
  const programmeOptions = (programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }));
  if (filters.programme && !programmeOptions.some((option) => option.value === filters.programme)) {
    programmeOptions.push({ value: filters.programme, text: filters.programme });
  }

  return (
    <form method="get" action={paths.cohorts.getHref()} onSubmit={onSubmit} noValidate aria-label="Filter cohorts">
      {filters.council ? <input type="hidden" name="council" value={filters.council} /> : null}
      {filters.organisation ? <input type="hidden" name="organisation" value={filters.organisation} /> : null}
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
        <div className="govuk-grid-column-one-third">
          <Select
            // Drawn again once the programmes have loaded, so the chosen one is selected.
            key={programmes.isSuccess ? 'loaded' : 'loading'}
            id="programme"
            name="programme"
            label="Programme"
            className="app-select--full-width"
            options={[{ value: '', text: 'All programmes' }, ...programmeOptions]}
            defaultValue={filters.programme ?? ''}
            error={errors.programme}
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
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="financialYear"
            name="financialYear"
            label="Financial year"
            className="app-select--full-width"
            options={[{ value: '', text: 'All years' }, ...years.map((year) => ({ value: year, text: year }))]}
            defaultValue={filters.financialYear ?? ''}
            error={errors.financialYear}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="region"
            name="region"
            label="Region of a participant’s council"
            className="app-select--full-width"
            options={[{ value: '', text: 'All regions' }, ...REGIONS]}
            defaultValue={filters.region ?? ''}
            error={errors.region}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to={paths.cohorts.getHref()}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
