import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { Select, type Option } from '@/components/ui/form-fields';
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
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(paths.events.getHref(toSearch(filtersFromForm(new FormData(event.currentTarget)))));
  };
  const years = recentFinancialYears(today);
  if (filters.financialYear && !years.includes(filters.financialYear)) years.push(filters.financialYear);
  const programmeOptions = [...programmes];
  if (filters.programme && !programmes.some((p) => p.value === filters.programme)) {
    programmeOptions.push({ value: filters.programme, text: filters.programme });
  }

  const select = (id: keyof FilterErrors, label: string, all: string, options: Option[], value?: string) => (
    <div className="govuk-grid-column-one-third">
      <Select
        id={id}
        name={id}
        label={label}
        className="app-select--full-width"
        options={[{ value: '', text: all }, ...options]}
        defaultValue={value ?? ''}
        error={errors[id]}
      />
    </div>
  );

  return (
    <form method="get" action={paths.events.getHref()} onSubmit={onSubmit} noValidate aria-label="Filter events">
      {filters.council ? <input type="hidden" name="council" value={filters.council} /> : null}
      {filters.organisation ? <input type="hidden" name="organisation" value={filters.organisation} /> : null}
      {filters.q ? <input type="hidden" name="q" value={filters.q} /> : null}
      <div className="govuk-grid-row">
        {select(
          'financialYear',
          'Financial year',
          'All years',
          years.map((year) => ({ value: year, text: year })),
          filters.financialYear,
        )}
        {select('programme', 'Programme', 'All programmes', programmeOptions, filters.programme)}
        {select('theme', 'Theme', 'All themes', THEMES, filters.theme)}
      </div>
      <div className="govuk-grid-row">
        {select('region', 'Region', 'All regions', REGIONS, filters.region)}
        {select('type', 'Type', 'All types', EVENT_TYPES, filters.type)}
        {select('format', 'Format', 'All formats', EVENT_FORMATS, filters.format)}
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to={paths.events.getHref()}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
