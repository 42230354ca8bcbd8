import { Table } from '@/components/ui/table';

import type { ImportSummary } from '../api/get-imports';

/** The records a complete-set push withdrew (soft-deleted: their history is kept). */
export function Withdrawals({ summary }: { summary: ImportSummary }) {
  const withdrawals = summary.withdrawals ?? [];
  if (withdrawals.length === 0 && summary.withdrawn === 0) return null;
  return (
    <section aria-labelledby="withdrawals-heading" data-testid="withdrawals">
      <h2 className="govuk-heading-m" id="withdrawals-heading">
        Withdrawn records
      </h2>
      <p className="govuk-body">
        The push was the organisation’s complete set, so its records in that scope that the push left out were
        withdrawn.
      </p>
      {withdrawals.length > 0 ? (
        <Table
          caption={`Withdrawn (${withdrawals.length.toLocaleString('en-GB')})`}
          captionSize="s"
          rows={withdrawals}
          rowKey={(withdrawal) => withdrawal.id}
          columns={[
            { header: 'Record', cell: (withdrawal) => withdrawal.id },
            { header: 'External id', cell: (withdrawal) => withdrawal.externalId },
          ]}
        />
      ) : null}
    </section>
  );
}
