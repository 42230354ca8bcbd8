import { FilterForm, FilterSelect, yearOptions } from '@/components/filter-form';
import { paths } from '@/config/paths';
import { recentFinancialYears } from '@/lib/financial-year';
import { REGIONS } from '@/lib/reference-data';

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
  return (
    <FilterForm
      label="Filter peer challenges"
      getHref={paths.peerChallenges.getHref}
      searchFromForm={(form) => toSearch(filtersFromForm(form))}
      hidden={{ council: filters.council }}
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
          width="one-quarter"
        />
        <FilterSelect
          name="type"
          label="Type"
          all="All types"
          options={PEER_CHALLENGE_TYPES}
          value={filters.type}
          error={errors.type}
          width="one-quarter"
        />
        <FilterSelect
          name="status"
          label="Status"
          all="All statuses"
          options={PEER_CHALLENGE_STATUSES}
          value={filters.status}
          error={errors.status}
          width="one-quarter"
        />
        <FilterSelect
          name="region"
          label="Region"
          all="All regions"
          options={REGIONS}
          value={filters.region}
          error={errors.region}
          width="one-quarter"
        />
      </div>
    </FilterForm>
  );
}
