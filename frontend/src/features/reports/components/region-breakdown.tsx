import { useNavigate } from 'react-router';
import type { FormEvent } from 'react';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/form-fields';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';

import { useRegionalBreakdown, type AnnualReport, type FigurePoint } from '../api/get-annual-report';
import { formatFigureValue, formatParts, type ReportFigure } from '../lib/format-figure';
import { dashboardSearch, type ReportScope } from '../lib/report-params';
import { DataTableDetails } from './data-table-details';
import { unitSuffix } from './figure-trend';
import { RegionBarChart } from './lazy-charts';

/**
 * One chosen figure in each of the nine regions: a bar chart and its table. Nothing is read until a figure is
 * chosen; then that figure in every region, in one call.
 */
export function RegionBreakdown({ report, scope, metricKey }: { report: AnnualReport; scope: ReportScope; metricKey?: string }) {
  const navigate = useNavigate();
  const figures = report.sections.flatMap((section) => section.figures);
  const chosen = figures.find((figure) => figure.metricKey === metricKey);
  const breakdown = useRegionalBreakdown(scope, chosen?.metricKey);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = new FormData(event.currentTarget).get('breakdown');
    void navigate(`${paths.reports.getHref(dashboardSearch(scope, typeof key === 'string' && key ? key : undefined))}#breakdown`);
  };

  return (
    <section aria-labelledby="breakdown" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l app-focus-target" id="breakdown" tabIndex={-1}>
        Breakdown by region
      </h2>
      <form onSubmit={submit} aria-label="Break a figure down by region" noValidate>
        <Select
          key={chosen?.metricKey ?? ''}
          id="breakdown-figure"
          name="breakdown"
          label="Figure"
          defaultValue={chosen?.metricKey ?? ''}
          options={[{ value: '', text: 'Choose a figure' }, ...figures.map((figure) => ({ value: figure.metricKey, text: figure.label }))]}
        />
        <Button type="submit" variant="secondary">
          Show the breakdown
        </Button>
      </form>
      {!chosen ? (
        <p className="govuk-body">Choose a figure to see it in each of the nine regions.</p>
      ) : breakdown.error ? (
        <ProblemSummary error={breakdown.error} />
      ) : (
        <div aria-live="polite" aria-busy={breakdown.isPending} data-loaded-breakdown={breakdown.data ? chosen.metricKey : undefined}>
          {breakdown.data ? (
            <BreakdownView figure={chosen} rows={breakdown.data.points} year={scope.year} />
          ) : (
            <p className="govuk-body">Loading the figure for each region…</p>
          )}
        </div>
      )}
    </section>
  );
}

function BreakdownView({ figure, rows, year }: { figure: ReportFigure; rows: FigurePoint[]; year: string }) {
  const title = `${figure.label} by region, ${year}`;
  return (
    <figure className="app-chart" data-testid="region-breakdown">
      <figcaption className="govuk-heading-s">{title}</figcaption>
      <RegionBarChart
        title={title}
        unitSuffix={unitSuffix(figure)}
        points={rows.map((row) => ({ label: row.regionLabel ?? '', value: row.value ?? null }))}
      />
      <DataTableDetails>
        <Table<FigurePoint>
          caption={title}
          captionSize="s"
          rows={rows}
          rowKey={(row) => row.region ?? ''}
          columns={[
            { header: 'Region', cell: (row) => row.regionLabel, rowHeader: true },
            {
              header: 'Value',
              numeric: true,
              cell: (row) =>
                row.value === undefined ? 'No figure' : formatFigureValue(row.value, figure.kind, figure.unit),
            },
            ...(figure.numerator !== undefined
              ? [{ header: 'Of', cell: (row: FigurePoint) => formatParts(row) }]
              : []),
          ]}
        />
      </DataTableDetails>
    </figure>
  );
}
