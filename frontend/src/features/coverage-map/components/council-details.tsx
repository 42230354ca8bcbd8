import { Link } from 'react-router';

import { SummaryList } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';
import { councilTypeLabel, regionLabel } from '@/lib/reference-data';

import { bandInfo } from '../lib/bands';
import type { CoverageEntry } from '../lib/coverage-entries';
import { lastChallengeText, yearsSinceText } from '../lib/describe';
import { BandSwatch } from './band-swatch';

/** The council under the pointer or the keyboard focus: its last CPC or FPC and the years since. */
export function CouncilDetails({ entry }: { entry: CoverageEntry | undefined }) {
  return (
    <div className="app-coverage-details" data-testid="coverage-details">
      {entry ? (
        <>
          <h2 className="govuk-heading-m govuk-!-margin-bottom-3" data-testid="coverage-details-name">
            {entry.council.name}
          </h2>
          <SummaryList
            rows={[
              { key: 'Type', value: councilTypeLabel(entry.type) },
              { key: 'Region', value: regionLabel(entry.region) },
              {
                key: 'Last CPC or FPC',
                value: entry.lastPeerChallengeId ? (
                  <Link className="govuk-link" to={paths.peerChallenge.getHref(entry.lastPeerChallengeId)}>
                    {lastChallengeText(entry)}
                  </Link>
                ) : (
                  lastChallengeText(entry)
                ),
              },
              { key: 'Years since', value: yearsSinceText(entry) || 'Not applicable' },
              {
                key: 'Band',
                value: (
                  <span className="app-coverage-band">
                    <BandSwatch band={entry.band} />
                    {bandInfo(entry.band).label}
                  </span>
                ),
              },
            ]}
          />
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.council.getHref(entry.council.gssCode)}>
              {entry.council.name}’s page
            </Link>
          </p>
        </>
      ) : (
        <p className="govuk-body govuk-!-margin-bottom-0">
          Point to a council on the map, or move to it with the keyboard, to see its last CPC or FPC here.
        </p>
      )}
    </div>
  );
}
