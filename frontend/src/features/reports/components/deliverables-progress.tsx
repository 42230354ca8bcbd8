import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { paths } from '@/config/paths';

import type { DeliverableProgress } from '../api/get-annual-report';
import { formatPerCent, formatPlain } from '../lib/format-figure';

/** "91.4 per cent" as "64 of 70" or "96 per cent against 90 per cent". */
export function achievedText(deliverable: DeliverableProgress): string {
  if (deliverable.value === undefined) return 'No figure';
  if (deliverable.targetUnit === 'per-cent') {
    return `${formatPerCent(deliverable.value)} against ${formatPerCent(deliverable.targetValue)}`;
  }
  return `${formatPlain(deliverable.value)} of ${formatPlain(deliverable.targetValue)}`;
}

/** A progress bar: GOV.UK has none, so a bar in its colours, its figure written beside it for everyone. */
function ProgressBar({ deliverable }: { deliverable: DeliverableProgress }) {
  const progress = Math.min(Math.max(deliverable.progress ?? 0, 0), 100);
  return (
    <div className="app-progress-row">
      <div className="app-progress app-progress--inline" aria-hidden="true">
        <div className={`app-progress__bar${deliverable.met ? ' app-progress__bar--met' : ''}`} style={{ width: `${progress}%` }} />
      </div>
      <span className="govuk-body-s govuk-!-margin-bottom-0">{deliverable.progress === undefined ? '' : `${formatPlain(progress)}%`}</span>
    </div>
  );
}

/** The year's deliverables: each target, what its metric counts so far, and how far along it is. */
export function DeliverablesProgress({ deliverables, year }: { deliverables: DeliverableProgress[]; year: string }) {
  return (
    <section aria-labelledby="deliverables" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="deliverables">
        Deliverables
      </h2>
      {deliverables.length === 0 ? (
        <p className="govuk-body">No targets are recorded for {year}.</p>
      ) : (
        <Table<DeliverableProgress>
          caption={`Targets for ${year} and progress against them`}
          captionSize="s"
          rows={deliverables}
          rowKey={(deliverable) => deliverable.id}
          columns={[
            {
              header: 'Target',
              cell: (deliverable) => (
                <>
                  {deliverable.statement}
                  <span className="govuk-body-s app-block">
                    <Link className="govuk-link" to={paths.programme.getHref(deliverable.programme.id)}>
                      {deliverable.programme.name}
                    </Link>
                  </span>
                </>
              ),
            },
            { header: 'Achieved', cell: achievedText },
            { header: 'Progress', cell: (deliverable) => <ProgressBar deliverable={deliverable} /> },
            {
              header: 'Status',
              cell: (deliverable) =>
                deliverable.value === undefined ? (
                  <Tag colour="grey">No figure</Tag>
                ) : deliverable.met ? (
                  <Tag colour="green">Met</Tag>
                ) : (
                  <Tag colour="red">Not met</Tag>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
