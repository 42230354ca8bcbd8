import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { councilTypeLabel, regionLabel } from '@/lib/reference-data';

import { BANDS } from '../lib/bands';
import type { CoverageEntries, CoverageEntry } from '../lib/coverage-entries';
import { challengeLabel, yearsSinceText } from '../lib/describe';
import { BandSwatch } from './band-swatch';

/** The map's list alternative: every council, grouped by band, by name within each. */
export function CoverageList({ entries, id }: { entries: CoverageEntries; id: string }) {
  return (
    <section aria-labelledby={id} data-testid="coverage-list">
      <h2 className="govuk-heading-l app-focus-target" id={id} tabIndex={-1}>
        Every council by years since its last CPC or FPC
      </h2>
      {BANDS.map(({ band, label }) => {
        const rows = entries.byBand[band];
        return (
          <div key={band} data-testid={`coverage-list-${band}`}>
            {rows.length > 0 ? (
              <Table<CoverageEntry>
                caption={
                  <span className="app-coverage-band">
                    <BandSwatch band={band} />
                    {label} ({rows.length.toLocaleString('en-GB')} {rows.length === 1 ? 'council' : 'councils'})
                  </span>
                }
                captionSize="m"
                rows={rows}
                rowKey={(row) => row.council.gssCode}
                columns={[
                  {
                    header: 'Council',
                    rowHeader: true,
                    cell: (row) => (
                      <Link className="govuk-link" to={paths.council.getHref(row.council.gssCode)}>
                        {row.council.name}
                      </Link>
                    ),
                  },
                  { header: 'Type', cell: (row) => councilTypeLabel(row.type) },
                  { header: 'Region', cell: (row) => regionLabel(row.region) },
                  {
                    header: 'Last CPC or FPC',
                    cell: (row) =>
                      row.lastCpcOrFpcDate ? (
                        <>
                          {formatDate(row.lastCpcOrFpcDate)}, {challengeLabel(row.lastType)}
                          {row.predecessor ? (
                            <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
                              {row.predecessor.name}’s, which it replaced
                            </span>
                          ) : null}
                        </>
                      ) : (
                        'None recorded'
                      ),
                  },
                  { header: 'Years since', cell: (row) => yearsSinceText(row) },
                ]}
              />
            ) : (
              <>
                <h3 className="govuk-heading-m">
                  <span className="app-coverage-band">
                    <BandSwatch band={band} />
                    {label}
                  </span>
                </h3>
                <p className="govuk-body">No councils.</p>
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
