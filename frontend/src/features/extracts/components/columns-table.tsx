import { Table } from '@/components/ui/table';

import type { ExtractDataset } from '../api/get-extracts';
import { datasetTitle } from '../lib/reference-data';

/** A dataset's columns, in the order an extract has them: name, type and what each holds. */
export function ColumnsTable({ dataset }: { dataset: ExtractDataset }) {
  return (
    <Table
      caption={`Columns of ${datasetTitle(dataset.name).toLowerCase()} (${dataset.columns.length})`}
      captionSize="s"
      rows={dataset.columns}
      rowKey={(column) => column.name}
      columns={[
        { header: 'Column', rowHeader: true, cell: (column) => <code className="app-secret">{column.name}</code> },
        { header: 'Type', cell: (column) => column.type },
        { header: 'What it holds', cell: (column) => column.description },
      ]}
    />
  );
}
