import { FilterForm, FilterSelect } from '@/components/filter-form';
import { CouncilPicker, type CouncilChoice } from '@/components/forms/council-picker';
import { TextInput } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';

import { filtersFromForm, toSearch, type PeerFilters } from '../lib/filters';
import { ACCREDITED_CHOICES, ACTIVE_CHOICES, PEER_KINDS, POLITICAL_GROUPS } from '../lib/reference-data';

export type FilterErrors = Partial<Record<'q' | 'kind' | 'council' | 'politicalGroup' | 'accredited' | 'active', string>>;

/** The filter form. Submitting puts the filters in the URL; the list reads them from there. */
export function PeersFilters({
  filters,
  council,
  errors = {},
}: {
  filters: PeerFilters;
  /** The home council in the URL, shown by name (the page looks it up). */
  council?: CouncilChoice;
  errors?: FilterErrors;
}) {
  return (
    <FilterForm label="Filter peers" getHref={paths.peers.getHref} searchFromForm={(form) => toSearch(filtersFromForm(form))}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput id="q" name="q" type="search" label="Name contains" defaultValue={filters.q ?? ''} error={errors.q} />
        </div>
        <FilterSelect
          name="kind"
          label="Kind of peer"
          all="Member and officer peers"
          options={PEER_KINDS}
          value={filters.kind}
          error={errors.kind}
        />
        <FilterSelect
          name="politicalGroup"
          label="Political group"
          all="All groups"
          options={POLITICAL_GROUPS}
          value={filters.politicalGroup}
          error={errors.politicalGroup}
        />
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <CouncilPicker
            id="council"
            name="council"
            label="Home council"
            hint="Type part of its name or its GSS code"
            defaultCouncil={council}
            error={errors.council}
          />
        </div>
        <FilterSelect
          name="accredited"
          label="Accreditation"
          all="Accredited or not"
          options={ACCREDITED_CHOICES}
          value={filters.accredited}
          error={errors.accredited}
        />
        <FilterSelect
          name="active"
          label="Available for teams"
          all="Active and inactive"
          options={ACTIVE_CHOICES}
          value={filters.active}
          error={errors.active}
        />
      </div>
    </FilterForm>
  );
}
