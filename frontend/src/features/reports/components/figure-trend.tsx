import { Table } from '@/components/ui/table';

import { formatFigureValue, type ReportFigure } from '../lib/format-figure';
import { DataTableDetails } from './data-table-details';
import { TrendLineChart } from './lazy-charts';

export type TrendPoint = { year: string; value: number | undefined };

/** What a chart's tooltip puts after a value: " per cent", " days". */
export function unitSuffix(figure: Pick<ReportFigure, 'unit'>): string {
  return figure.unit === 'per-cent' ? ' per cent' : ` ${figure.unit}`;
}

/** A figure's trend over the years: a line chart, and the same values in a table under it. */
export function FigureTrend({ figure, points }: { figure: ReportFigure; points: TrendPoint[] }) {
  const first = points[0]?.year;
  const last = points[points.length - 1]?.year;
  const title = `${figure.label}, ${first} to ${last}`;
  return (
    <figure className="app-figure-trend" data-testid={`trend-${figure.metricKey}`}>
      <figcaption className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
        Trend, {first} to {last}
      </figcaption>
      <TrendLineChart
        title={title}
        unitSuffix={unitSuffix(figure)}
        points={points.map((point) => ({ label: point.year, value: point.value ?? null }))}
      />
      <DataTableDetails>
        <Table<TrendPoint>
          caption={title}
          captionSize="s"
          rows={points}
          rowKey={(point) => point.year}
          columns={[
            { header: 'Financial year', cell: (point) => point.year, rowHeader: true },
            {
              header: 'Value',
              numeric: true,
              cell: (point) =>
                point.value === undefined ? 'No figure' : formatFigureValue(point.value, figure.kind, figure.unit),
            },
          ]}
        />
      </DataTableDetails>
    </figure>
  );
}
