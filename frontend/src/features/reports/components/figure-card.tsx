import { Link } from 'react-router';

import { Tag } from '@/components/ui/tag';
import { paths } from '@/config/paths';

import { formatFigureValue, formatParts, formatSaving, hasRecords, unitWords, type ReportFigure } from '../lib/format-figure';
import { dashboardSearch, scopeSearch, type ReportScope } from '../lib/report-params';
import { previousYear } from '../lib/years';
import { FigureTrend, type TrendPoint } from './figure-trend';

/** Whether the figure reaches its target: a tag, as GOV.UK tags a status. */
export function TargetTag({ figure }: { figure: Pick<ReportFigure, 'target' | 'met'> }) {
  if (figure.target === undefined) return <Tag colour="grey">No target</Tag>;
  if (figure.met === undefined) return <Tag colour="yellow">No figure yet</Tag>;
  return figure.met ? <Tag colour="green">Target met</Tag> : <Tag colour="red">Target not met</Tag>;
}

/**
 * One headline figure: its value as the report writes it, with its unit, its target and whether it is met, the
 * year before, its trend, and links to the records behind it and to its breakdown by region.
 */
export function FigureCard({
  figure,
  scope,
  trend,
}: {
  figure: ReportFigure;
  scope: ReportScope;
  /** The figure's values over the years; undefined while they load. */
  trend: TrendPoint[] | undefined;
}) {
  const value = formatFigureValue(figure.value, figure.kind, figure.unit);
  const parts = formatParts(figure);
  const unit = unitWords(figure.value, figure.kind, figure.unit);
  const last = previousYear(scope.year);
  return (
    <li className="app-figure-card" data-testid={`figure-${figure.metricKey}`}>
      <h3 className="govuk-heading-s app-figure-card__label" id={`figure-${figure.metricKey}-label`}>
        {figure.label}
      </h3>
      {figure.value === undefined ? (
        <p className="app-figure-card__value app-figure-card__value--none" data-testid="figure-value">
          No figure
        </p>
      ) : (
        <p className="app-figure-card__value" data-testid="figure-value">
          {value}
          {unit ? <span className="app-figure-card__unit"> {unit}</span> : null}
        </p>
      )}
      {parts || figure.estimatedSaving !== undefined ? (
        <p className="govuk-body-s govuk-!-margin-bottom-2">
          {parts ? `${parts}` : null}
          {figure.estimatedSaving !== undefined ? `Estimated saving ${formatSaving(figure.estimatedSaving)}` : null}
        </p>
      ) : null}
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        <TargetTag figure={figure} />
        {figure.target !== undefined ? (
          <span className="app-figure-card__target"> Target: {formatFigureValue(figure.target, figure.kind, figure.unit)}</span>
        ) : null}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-2" data-testid="figure-previous">
        {last}: {figure.previousValue === undefined ? 'no figure' : formatFigureValue(figure.previousValue, figure.kind, figure.unit)}
      </p>
      {figure.note ? <p className="govuk-body-s app-figure-card__note">{figure.note}</p> : null}
      {trend ? (
        <FigureTrend figure={figure} points={trend} />
      ) : (
        <p className="govuk-body-s app-chart-loading">Loading the trend…</p>
      )}
      <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
        {hasRecords(figure.kind) && figure.value !== undefined ? (
          <li>
            <Link className="govuk-link" to={paths.reportFigure.getHref(scope.year, figure.metricKey, scopeSearch(scope))}>
              Records behind this figure<span className="govuk-visually-hidden">: {figure.label}</span>
            </Link>
          </li>
        ) : null}
        {scope.region ? null : (
          <li>
            <Link className="govuk-link" to={`${paths.reports.getHref(dashboardSearch(scope, figure.metricKey))}#breakdown`}>
              Break down by region<span className="govuk-visually-hidden">: {figure.label}</span>
            </Link>
          </li>
        )}
      </ul>
    </li>
  );
}
