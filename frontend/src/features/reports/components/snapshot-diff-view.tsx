import { Link } from 'react-router';

import { formatWhen } from '@/components/history/history-table';
import { SummaryList } from '@/components/ui/summary-list';
import { Table } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { regionLabel } from '@/lib/reference-data';

import type { FigureChange, ReportSnapshot, SnapshotDiff } from '../api/snapshots';
import { formatPlain, formatWhole, type MetricUnit } from '../lib/format-figure';
import { parseRef, recordHref, recordTypeLabel } from '../lib/record-links';
import { councilsText } from './snapshots-section';

/** A value as a diff states it, precisely: "77.6 per cent", "1,043.5 days", "none". */
function valueText(value: number | undefined, unit: MetricUnit | undefined): string {
  if (value === undefined) return 'no figure';
  if (unit === 'per-cent') return `${formatPlain(value)} per cent`;
  return unit ? `${formatPlain(value)} ${unit}` : formatPlain(value);
}

/** "+1", "−4.5 percentage points", "no change". */
function changeText(change: number | undefined, unit: MetricUnit | undefined): string {
  if (change === undefined) return '';
  if (change === 0) return 'no change';
  const sign = change > 0 ? '+' : '−';
  return `${sign}${formatPlain(Math.abs(change))}${unit === 'per-cent' ? ' percentage points' : ''}`;
}

function RefList({ refs, count, title }: { refs: string[]; count: number; title: string }) {
  if (count === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">
        {title} ({formatWhole(count)}
        {refs.length < count ? `, the first ${formatWhole(refs.length)} listed` : ''})
      </h4>
      <ul className="govuk-list govuk-body-s">
        {refs.map((ref) => {
          const { type, id } = parseRef(ref);
          const href = recordHref(type, id);
          const text = `${recordTypeLabel(type)} ${id}`;
          return (
            <li key={ref}>
              {href ? (
                <Link className="govuk-link" to={href}>
                  {text}
                </Link>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The snapshot's details, then every figure that moved (or whose records changed) and the records that moved it. */
export function SnapshotDiffView({ snapshot, diff }: { snapshot: ReportSnapshot; diff: SnapshotDiff }) {
  const units = new Map(snapshot.figures.map((figure) => [figure.metricKey, figure.unit]));
  const moved = diff.figures;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Taken', value: `${formatWhen(snapshot.takenAt)} by ${snapshot.takenBy}` },
          { key: 'Councils', value: councilsText(snapshot.councils) },
          { key: 'Region', value: snapshot.region ? regionLabel(snapshot.region) : 'All of England' },
          { key: 'Note', value: snapshot.note ?? 'None' },
          { key: 'Figures frozen', value: formatWhole(snapshot.figures.length) },
          { key: 'Compared with the figures at', value: formatWhen(diff.recomputedAt) },
        ]}
      />
      <p className="govuk-body-l" data-testid="diff-summary">
        {moved.length === 0
          ? 'No figure has moved since the snapshot, and no record behind one has changed.'
          : `${formatWhole(moved.length)} ${moved.length === 1 ? 'figure has' : 'figures have'} moved or had records change; ${formatWhole(
              diff.unchangedFigures,
            )} ${diff.unchangedFigures === 1 ? 'is' : 'are'} as they were.`}
      </p>
      {moved.length > 0 ? (
        <>
          <Table<FigureChange>
            caption="Figures that moved since the snapshot"
            captionSize="m"
            rows={moved}
            rowKey={(figure) => figure.metricKey}
            columns={[
              {
                header: 'Figure',
                rowHeader: true,
                cell: (figure) => (
                  <>
                    <a className="govuk-link" href={`#moved-${figure.metricKey}`}>
                      {figure.label}
                    </a>
                    {figure.metricVersionNow !== figure.metricVersionThen ? (
                      <span className="app-block govuk-!-margin-top-1">
                        <Tag colour="yellow">Metric edited</Tag>
                        <span className="govuk-body-s">
                          {' '}
                          version {figure.metricVersionThen} → {figure.metricVersionNow}
                        </span>
                      </span>
                    ) : null}
                  </>
                ),
              },
              { header: 'Then', cell: (figure) => valueText(figure.valueThen, units.get(figure.metricKey)) },
              { header: 'Now', cell: (figure) => valueText(figure.valueNow, units.get(figure.metricKey)) },
              { header: 'Change', cell: (figure) => changeText(figure.change, units.get(figure.metricKey)) },
              {
                header: 'Records',
                cell: (figure) =>
                  `${formatWhole(figure.addedCount)} added, ${formatWhole(figure.removedCount)} removed, ${formatWhole(
                    figure.changedCount,
                  )} changed`,
              },
            ]}
          />
          <h2 className="govuk-heading-m">The records that moved them</h2>
          {moved.map((figure) => (
            <section key={figure.metricKey} aria-labelledby={`moved-${figure.metricKey}`} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s app-focus-target" id={`moved-${figure.metricKey}`} tabIndex={-1}>
                {figure.label}
              </h3>
              {figure.addedCount + figure.removedCount + figure.changedCount === 0 ? (
                <p className="govuk-body">The same records; the metric was edited.</p>
              ) : (
                <>
                  <RefList title="Added" refs={figure.added} count={figure.addedCount} />
                  <RefList title="Removed" refs={figure.removed} count={figure.removedCount} />
                  <RefList title="Changed" refs={figure.changed} count={figure.changedCount} />
                </>
              )}
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}
