import { BANDS } from '../lib/bands';
import type { CoverageEntries } from '../lib/coverage-entries';
import { BandSwatch } from './band-swatch';

/** The key: each band's swatch, name and how many councils are in it. */
export function BandLegend({ entries }: { entries: CoverageEntries }) {
  return (
    <div className="app-coverage-legend" data-testid="coverage-legend">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Key: years since the last CPC or FPC</h2>
      <ul className="govuk-list app-coverage-legend__list">
        {BANDS.map(({ band, label }) => {
          const count = entries.byBand[band].length;
          return (
            <li key={band} className="app-coverage-legend__item">
              <BandSwatch band={band} />
              <span>
                {label}{' '}
                <span className="app-coverage-legend__count">
                  ({count.toLocaleString('en-GB')} {count === 1 ? 'council' : 'councils'})
                </span>
              </span>
            </li>
          );
        })}
        {entries.emptyHexes.size > 0 ? (
          <li className="app-coverage-legend__item">
            <BandSwatch empty />
            <span>Not a council on this date</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
