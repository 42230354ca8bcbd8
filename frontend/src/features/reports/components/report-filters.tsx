import type { FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Radios, Select } from '@/components/ui/form-fields';
import { REGIONS } from '@/lib/reference-data';

import type { CouncilCounting, Region, ReportScope } from '../lib/report-params';

export const COUNCIL_COUNTINGS: { value: CouncilCounting; text: string; hint: string }[] = [
  { value: 'as-at', text: 'As they were that year', hint: 'Each council as it was in the financial year' },
  {
    value: 'current',
    text: 'Today’s councils',
    hint: 'A reorganised council’s support counts for its successors (Allerdale’s counts for Cumberland)',
  },
];

/** The report's scope as the form chose it: the year, how councils are counted, and a region or none. */
export function scopeFromForm(form: FormData, fallbackYear: string): ReportScope {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const region = text('region');
  return {
    year: text('year') || fallbackYear,
    councils: text('councils') === 'current' ? 'current' : 'as-at',
    region: REGIONS.some((option) => option.value === region) ? (region as Region) : undefined,
  };
}

/**
 * Which report to show: the financial year, how councils are counted and a region. A plain GET form; the page
 * puts the choice in the URL.
 */
export function ReportFilters({
  scope,
  years,
  showRegion = true,
  submitText = 'Show the report',
  onSubmit,
}: {
  scope: ReportScope;
  years: string[];
  showRegion?: boolean;
  submitText?: string;
  onSubmit: (scope: ReportScope) => void;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(scopeFromForm(new FormData(event.currentTarget), scope.year));
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Choose the report" className="app-report-filters">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="year"
            name="year"
            label="Financial year"
            defaultValue={scope.year}
            options={(years.includes(scope.year) ? years : [scope.year, ...years]).map((year) => ({ value: year, text: year }))}
          />
          {showRegion ? (
            <Select
              id="region"
              name="region"
              label="Region"
              defaultValue={scope.region ?? ''}
              options={[{ value: '', text: 'All of England' }, ...REGIONS]}
            />
          ) : null}
        </div>
        <div className="govuk-grid-column-two-thirds">
          <Radios id="councils" name="councils" label="Count councils" options={COUNCIL_COUNTINGS} defaultValue={scope.councils} small />
        </div>
      </div>
      <Button type="submit">{submitText}</Button>
    </form>
  );
}
