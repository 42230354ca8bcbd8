import type { ReactNode } from 'react';

/** A chart's data-table alternative, under it: a GOV.UK details "Show the data as a table". */
export function DataTableDetails({ children, summary = 'Show the data as a table' }: { children: ReactNode; summary?: string }) {
  return (
    <details className="govuk-details govuk-!-margin-bottom-2 app-chart-table">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
