import { useId } from 'react';

/**
 * A running job's progress: rows checked so far out of those received. GOV.UK has no progress component, so
 * this is a `role="progressbar"` styled with GOV.UK colours, its figures also written out as text.
 */
export function ImportProgress({ processed, received }: { processed: number; received: number }) {
  const labelId = useId();
  const done = Math.min(Math.max(processed, 0), received);
  const percent = received > 0 ? Math.floor((done / received) * 100) : 0;
  const text = `${done.toLocaleString('en-GB')} of ${received.toLocaleString('en-GB')} rows checked (${percent}%)`;
  return (
    <div className="govuk-form-group" data-testid="import-progress">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2" id={labelId}>
        Progress
      </p>
      <div
        className="app-progress"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={received}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div className="app-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="govuk-body govuk-!-margin-top-2">{text}</p>
      <p className="govuk-hint">This page updates itself every second until the import has finished.</p>
    </div>
  );
}
