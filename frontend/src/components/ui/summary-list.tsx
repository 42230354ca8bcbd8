import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A row's "Change" link; `visuallyHiddenText` says what it changes to screen reader users. */
export type SummaryListAction = { href: string; text: string; visuallyHiddenText?: string };
export type SummaryListRow = { key: string; value: ReactNode; action?: SummaryListAction };

export function SummaryList({ rows, noBorder = false }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div
          className={`govuk-summary-list__row${anyActions && !row.action ? ' govuk-summary-list__row--no-actions' : ''}`}
          key={row.key}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.href}>
                {row.action.text}
                {row.action.visuallyHiddenText ? (
                  <span className="govuk-visually-hidden"> {row.action.visuallyHiddenText}</span>
                ) : null}
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
