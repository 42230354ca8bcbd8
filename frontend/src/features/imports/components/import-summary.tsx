import { formatWhen } from '@/components/history/history-table';
import { SummaryList, type SummaryListRow } from '@/components/ui/summary-list';

import type { ImportSummary } from '../api/get-imports';
import { controlTotalLabel, datasetLabel, importModeLabel } from '../lib/reference-data';
import { ImportStatusTag } from './status-tag';

const count = (n: number) => n.toLocaleString('en-GB');

/** The import's own fields: what was pushed, for whom, by whom, how and when. */
export function ImportDetails({
  summary,
  organisationName,
}: {
  summary: ImportSummary;
  organisationName: (id: string) => string;
}) {
  const rows: SummaryListRow[] = [
    { key: 'Status', value: <ImportStatusTag status={summary.status} dryRun={summary.dryRun} /> },
    { key: 'Dataset', value: datasetLabel(summary.dataset) },
    { key: 'Organisation', value: organisationName(summary.organisation) },
    { key: 'Pushed by', value: summary.clientId },
    { key: 'Mode', value: importModeLabel(summary.mode) },
    { key: 'Dry run', value: summary.dryRun ? 'Yes: the rows were only checked, nothing was written' : 'No' },
    { key: 'Started', value: formatWhen(summary.startedAt) },
    { key: 'Finished', value: summary.completedAt ? formatWhen(summary.completedAt) : 'Not yet' },
  ];
  if (summary.scopeProgramme || summary.scopeFinancialYear) {
    rows.push({
      key: 'Complete set for',
      value: [summary.scopeProgramme, summary.scopeFinancialYear].filter(Boolean).join(', '),
    });
  }
  if (summary.controlCount !== undefined) {
    rows.push({
      key: 'Control count',
      value: `${count(summary.controlCount)} declared${summary.controlTotal ? `. ${controlTotalLabel(summary.controlTotal)}` : ''}`,
    });
  }
  return <SummaryList rows={rows} />;
}

/** What happened to the rows. */
export function ImportCounts({ summary }: { summary: ImportSummary }) {
  return (
    <div data-testid="import-counts">
      <SummaryList
        rows={[
          { key: 'Received', value: count(summary.received) },
          { key: 'Created', value: count(summary.created) },
          { key: 'Updated', value: count(summary.updated) },
          { key: 'Unchanged', value: count(summary.unchanged) },
          { key: 'Rejected', value: count(summary.rejected) },
          { key: 'Withdrawn', value: count(summary.withdrawn) },
        ]}
      />
    </div>
  );
}
