import { Link } from 'react-router';

import { formatWhen } from '@/components/history/history-table';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';

import type { ExtractDataset } from '../api/get-extracts';
import { datasetTitle } from '../lib/reference-data';

/** "30 November 2026, 9:15am", or why there is no time. */
export function lastChanged(dataset: ExtractDataset): string {
  if (dataset.lastChangedAt) return formatWhen(dataset.lastChangedAt);
  return dataset.incremental ? 'No rows yet' : 'Not tracked (reference data)';
}

/** Every dataset, one a row: its page, what it holds, its rows now and when one last changed. */
export function DatasetsTable({ datasets }: { datasets: ExtractDataset[] }) {
  return (
    <Table
      caption={`Datasets (${datasets.length})`}
      captionSize="m"
      rows={datasets}
      rowKey={(dataset) => dataset.name}
      columns={[
        {
          header: 'Dataset',
          rowHeader: true,
          cell: (dataset) => (
            <>
              <Link className="govuk-link" to={paths.extract.getHref(dataset.name)}>
                {datasetTitle(dataset.name)}
              </Link>
              <br />
              <code className="app-secret govuk-body-s">{dataset.name}</code>
            </>
          ),
        },
        { header: 'What it holds', cell: (dataset) => dataset.description },
        { header: 'Rows', numeric: true, cell: (dataset) => dataset.rows.toLocaleString('en-GB') },
        { header: 'Last changed', cell: lastChanged },
        { header: 'Changes only', cell: (dataset) => (dataset.incremental ? 'Yes' : 'No, always whole') },
      ]}
    />
  );
}
