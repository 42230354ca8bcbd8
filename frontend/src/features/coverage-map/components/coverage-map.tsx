import { useId, useMemo, useState } from 'react';

import { formatDate } from '@/lib/format-date';

import type { CoverageByCouncil } from '../api/get-coverage-by-council';
import type { CoverageEntries } from '../lib/coverage-entries';
import { ENGLAND_HEXES } from '../lib/coverage-entries';
import { layoutHexes, type Hex } from '../lib/hex-layout';
import { BandLegend } from './band-legend';
import { CouncilDetails } from './council-details';
import { CouncilsOffMap } from './councils-off-map';
import { HexMap } from './hex-map';

type Props = {
  coverage: CoverageByCouncil;
  entries: CoverageEntries;
  hexes?: Hex[];
  /** Where the list alternative is, for the link that skips the map. */
  listId: string;
};

/** The hex map with, beside it, the details of the council pointed to or focused, the key and the councils without a hex. */
export function CoverageMap({ coverage, entries, hexes = ENGLAND_HEXES, listId }: Props) {
  const layout = useMemo(() => layoutHexes(hexes), [hexes]);
  const [activeCode, setActiveCode] = useState<string | undefined>(undefined);
  const titleId = useId();
  const helpId = useId();
  const active = entries.all.find((entry) => entry.council.gssCode === activeCode);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-m" id={titleId}>
          England’s councils by years since their last CPC or FPC, to {formatDate(coverage.asOf)}
        </h2>
        <p className="govuk-body" id={helpId}>
          Each hex is a district, unitary, metropolitan district or London borough council. Use the arrow keys to move
          between them, and Enter to open a council’s page.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`#${listId}`}>
            Skip the map: every council in a list
          </a>
        </p>
        <HexMap
          layout={layout}
          entries={entries.onMap}
          activeCode={activeCode}
          onActivate={setActiveCode}
          labelledBy={titleId}
          describedBy={helpId}
        />
      </div>
      <div className="govuk-grid-column-one-third">
        <CouncilDetails entry={active} />
        <BandLegend entries={entries} />
        <CouncilsOffMap
          title="Not on the map"
          description="The map’s layout is of the councils of April 2023, so these councils have no hex on it."
          entries={entries.otherCouncils}
          onActivate={setActiveCode}
          testId="councils-off-map"
        />
        <CouncilsOffMap
          title="County councils"
          entries={entries.counties}
          onActivate={setActiveCode}
          testId="county-councils"
        />
        <CouncilsOffMap
          title="Combined authorities"
          entries={entries.combinedAuthorities}
          onActivate={setActiveCode}
          testId="combined-authorities"
        />
      </div>
    </div>
  );
}
