import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatWhen } from '@/components/history/history-table';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { summariseResults } from '@/lib/results-summary';

import type { ImportSummary } from '../api/get-imports';
import { datasetLabel } from '../lib/reference-data';
import { ImportStatusTag } from './status-tag';

const count = (n: number) => n.toLocaleString('en-GB');

/** Imports, one a row, newest first; the id links to the import. */
export function ImportsTable({
  imports,
  caption,
  organisationName,
}: {
  imports: ImportSummary[];
  caption: ReactNode;
  /** An organisation's name from its id (the id itself when not known). */
  organisationName: (id: string) => string;
}) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={imports}
      rowKey={(item) => item.id}
      columns={[
        {
          header: 'Import',
          cell: (item) => (
            <Link className="govuk-link" to={paths.import.getHref(item.id)}>
              <span className="govuk-visually-hidden">Import</span> {item.id}
            </Link>
          ),
        },
        { header: 'Dataset', cell: (item) => datasetLabel(item.dataset) },
        { header: 'Organisation', cell: (item) => organisationName(item.organisation) },
        { header: 'Pushed by', cell: (item) => item.clientId },
        { header: 'When', cell: (item) => formatWhen(item.startedAt) },
        { header: 'Status', cell: (item) => <ImportStatusTag status={item.status} dryRun={item.dryRun} /> },
        { header: 'Received', numeric: true, cell: (item) => count(item.received) },
        { header: 'Created', numeric: true, cell: (item) => count(item.created) },
        { header: 'Updated', numeric: true, cell: (item) => count(item.updated) },
        { header: 'Unchanged', numeric: true, cell: (item) => count(item.unchanged) },
        { header: 'Rejected', numeric: true, cell: (item) => count(item.rejected) },
        { header: 'Withdrawn', numeric: true, cell: (item) => count(item.withdrawn) },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 112 imports". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'import', 'imports');
}
