import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';

import { bandInfo } from '../lib/bands';
import type { CoverageEntry } from '../lib/coverage-entries';
import { BandSwatch } from './band-swatch';

type Props = {
  title: string;
  description?: string;
  entries: CoverageEntry[];
  onActivate: (gssCode: string) => void;
  testId: string;
};

/** Councils without a hex (counties, combined authorities, …), each with its band and last date, beside the map. */
export function CouncilsOffMap({ title, description, entries, onActivate, testId }: Props) {
  if (entries.length === 0) return null;
  return (
    <section className="app-coverage-off-map" data-testid={testId} aria-label={title}>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{title}</h2>
      {description ? <p className="govuk-body-s">{description}</p> : null}
      <ul className="govuk-list govuk-body-s app-coverage-off-map__list">
        {entries.map((entry) => (
          <li key={entry.council.gssCode} className="app-coverage-off-map__item">
            <BandSwatch band={entry.band} />
            <span>
              <Link
                className="govuk-link"
                to={paths.council.getHref(entry.council.gssCode)}
                onMouseEnter={() => onActivate(entry.council.gssCode)}
                onFocus={() => onActivate(entry.council.gssCode)}
              >
                {entry.council.name}
              </Link>
              <br />
              {bandInfo(entry.band).label}
              {entry.lastCpcOrFpcDate ? `: ${formatDate(entry.lastCpcOrFpcDate)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
