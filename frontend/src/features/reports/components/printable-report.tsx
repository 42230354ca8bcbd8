import { formatDate } from '@/lib/format-date';
import { regionLabel } from '@/lib/reference-data';

import type { AnnualReport, DeliverableProgress } from '../api/get-annual-report';
import { achievedText } from './deliverables-progress';
import { EventsByTheme } from './events-by-theme';
import { slug } from './figure-sections';

/** 1 April 2024 to 31 March 2025, for "2024-25". */
function yearPeriod(year: string): string {
  const start = Number(year.slice(0, 4));
  return `${formatDate(`${start}-04-01`)} to ${formatDate(`${start + 1}-03-31`)}`;
}

function status(deliverable: DeliverableProgress): string {
  if (deliverable.value === undefined) return 'No figure';
  return deliverable.met ? 'Met' : 'Not met';
}

/**
 * The annual report as the LGA publishes it: a title, the year, a heading per section with each figure's sentence,
 * the deliverables against their targets, events by theme, and how councils are counted.
 */
export function PrintableReport({ report }: { report: AnnualReport }) {
  const sections = report.sections
    .map((section) => ({ ...section, figures: section.figures.filter((figure) => figure.sentence) }))
    .filter((section) => section.figures.length > 0);
  return (
    <article className="app-print-report" data-testid="printable-report">
      <p className="govuk-caption-xl">Local Government Association</p>
      <h1 className="govuk-heading-xl govuk-!-margin-bottom-4">Sector support annual report {report.financialYear}</h1>
      <p className="govuk-body-l">
        Our improvement support to councils from {yearPeriod(report.financialYear)}
        {report.region ? `, in ${regionLabel(report.region)}` : ', across England'}.
      </p>

      {sections.map((section) => (
        <section key={section.title} className="app-report-section" aria-labelledby={`print-${slug(section.title)}`}>
          <h2 className="govuk-heading-l" id={`print-${slug(section.title)}`}>
            {section.title}
          </h2>
          <ul className="govuk-list govuk-list--bullet app-report-sentences">
            {section.figures.map((figure) => (
              <li key={figure.metricKey}>{figure.sentence}</li>
            ))}
          </ul>
        </section>
      ))}

      <section className="app-report-section" aria-labelledby="print-deliverables">
        <h2 className="govuk-heading-l" id="print-deliverables">
          Deliverables and targets
        </h2>
        {report.deliverables.length === 0 ? (
          <p className="govuk-body">No targets were set for {report.financialYear}.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Our targets for {report.financialYear}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Target
                </th>
                <th scope="col" className="govuk-table__header">
                  Programme
                </th>
                <th scope="col" className="govuk-table__header">
                  Achieved
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {report.deliverables.map((deliverable) => (
                <tr className="govuk-table__row" key={deliverable.id}>
                  <td className="govuk-table__cell">{deliverable.statement}</td>
                  <td className="govuk-table__cell">{deliverable.programme.name}</td>
                  <td className="govuk-table__cell">{achievedText(deliverable)}</td>
                  <td className="govuk-table__cell">{status(deliverable)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <EventsByTheme themes={report.eventsByTheme} year={report.financialYear} />

      <section className="app-report-section" aria-labelledby="print-about">
        <h2 className="govuk-heading-m" id="print-about">
          About these figures
        </h2>
        <p className="govuk-body" data-testid="councils-note">
          {report.councilsNote}. Every figure is computed from the records the LGA and its partners keep, as they stood on{' '}
          {formatDate(report.generatedAt)}. Figures about people’s diversity come from self-reported data and are given
          in aggregate only; a percentage of fewer than 10 is given as the count itself.
        </p>
      </section>
    </article>
  );
}
