import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';
import { REGIONS } from '@/lib/reference-data';

import { recentFinancialYears } from '@/lib/financial-year';
import { filtersFromForm, toSearch, type PeerChallengeFilters } from '../lib/filters';
import { PEER_CHALLENGE_STATUSES, PEER_CHALLENGE_TYPES } from '../lib/reference-data';

export type FilterErrors = Partial<Record<'financialYear' | 'type' | 'status' | 'region', string>>;

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function PeerChallengesFilters({
  filters,
  errors = {},
  today = new Date(),
}: {
  filters: PeerChallengeFilters;
  errors?: FilterErrors;
  today?: Date;
}) {
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(paths.peerChallenges.getHref(toSearch(filtersFromForm(new FormData(event.currentTarget)))));
  };
  const years = recentFinancialYears(today);
  if (filters.financialYear && !years.includes(filters.financialYear)) years.push(filters.financialYear);

  return (
    <form
      method="get"
      action={paths.peerChallenges.getHref()}
      onSubmit={onSubmit}
      noValidate
      aria-label="Filter peer challenges"
    >
      {filters.council ? <input type="hidden" name="council" value={filters.council} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
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
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="type"
            name="type"
            label="Type"
            className="app-select--full-width"
            options={[{ value: '', text: 'All types' }, ...PEER_CHALLENGE_TYPES]}
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
            options={[{ value: '', text: 'All statuses' }, ...PEER_CHALLENGE_STATUSES]}
            defaultValue={filters.status ?? ''}
            error={errors.status}
          />
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
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to={paths.peerChallenges.getHref()}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
