import type { ReactNode } from 'react';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import type { Versioned } from '@/lib/api/etag';
import { useDocumentTitle } from '@/lib/use-document-title';

type EditRecordProps<T> = {
  /** What is changed ("cohort"): names the heading, the loading line and the reload button. */
  noun: string;
  /** The page title while nothing has gone wrong, such as "Change cohort 12". */
  documentTitle: string;
  backLink: ReactNode;
  /** The read of the record, whose ETag goes back in If-Match. */
  record: { data?: Versioned<T>; error: unknown; refetch: () => unknown };
  /** The save; its problem is shown above the form, and a 412 offers to read the record again. */
  update: { error: unknown; submittedAt: number; reset: () => void };
  fields: ProblemFields;
  caption: (data: T) => ReactNode;
  /** The form, given the record and its ETag. */
  children: (record: Versioned<T>) => ReactNode;
};

/** The page that changes one record: loading and not-found states, the save's problem, and the form. */
export function EditRecord<T>({
  noun,
  documentTitle,
  backLink,
  record,
  update,
  fields,
  caption,
  children,
}: EditRecordProps<T>) {
  const heading = `Change ${noun}`;
  useDocumentTitle(update.error || record.error ? `Error: ${heading}` : documentTitle);

  if (!record.data) {
    return (
      <>
        {backLink}
        {record.error ? <ProblemSummary error={record.error} /> : null}
        <h1 className="govuk-heading-l">{heading}</h1>
        {record.error ? null : (
          <p className="govuk-body" role="status">
            Loading {noun}…
          </p>
        )}
      </>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {update.error ? (
          <SaveProblem
            key={update.submittedAt}
            error={update.error}
            fields={fields}
            reloadText={`Reload the ${noun}`}
            onReload={() => {
              update.reset();
              void record.refetch();
            }}
          />
        ) : null}
        <span className="govuk-caption-l">{caption(record.data.data)}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        {children(record.data)}
      </div>
    </div>
  );
}
