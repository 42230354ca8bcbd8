import type { AnnualReport, YearValues } from '../api/get-annual-report';
import type { ReportScope } from '../lib/report-params';
import { FigureCard } from './figure-card';
import type { TrendPoint } from './figure-trend';

/** The report's headline figures, a heading and a grid of cards per section. */
export function FigureSections({
  report,
  scope,
  trend,
}: {
  report: AnnualReport;
  scope: ReportScope;
  /** Every figure's values over the years; undefined while they load. */
  trend: YearValues[] | undefined;
}) {
  const pointsOf = (metricKey: string): TrendPoint[] | undefined =>
    trend?.map(({ year, values }) => ({ year, value: values.get(metricKey) }));
  return (
    <>
      {report.sections.map((section) => (
        <section key={section.title} aria-labelledby={`section-${slug(section.title)}`} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-l" id={`section-${slug(section.title)}`}>
            {section.title}
          </h2>
          <ul className="app-figure-grid" aria-label={`${section.title} figures`}>
            {section.figures.map((figure) => (
              <FigureCard key={figure.metricKey} figure={figure} scope={scope} trend={pointsOf(figure.metricKey)} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
