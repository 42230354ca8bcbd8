import { formatWhen } from '@/components/history/history-table';
import { SummaryList } from '@/components/ui/summary-list';

import type { ImportSummary } from '../api/get-imports';

/** The signed receipt of a finished import, folded away in a GOV.UK details component. */
export function ReceiptDetails({ summary }: { summary: ImportSummary }) {
  const receipt = summary.receipt;
  if (!receipt) return null;
  return (
    <details className="govuk-details" data-testid="receipt">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Receipt</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          The service’s signed proof of what it received and what it did. The organisation can quote it back to have it
          confirmed.
        </p>
        <SummaryList
          rows={[
            { key: 'SHA-256 of the file', value: <code className="app-break-all">{receipt.bodySha256}</code> },
            { key: 'Size', value: `${receipt.bodyBytes.toLocaleString('en-GB')} bytes` },
            { key: 'Signature', value: <code className="app-break-all">{receipt.signature}</code> },
            { key: 'Client', value: receipt.clientId },
            { key: 'Issued', value: formatWhen(receipt.completedAt) },
          ]}
        />
      </div>
    </details>
  );
}
