import { SummaryList } from '@/components/ui/summary-list';

import type { ExtractDataset } from '../api/get-extracts';
import { filterLabel } from '../lib/reference-data';
import { lastChanged } from './datasets-table';

/** A dataset's rows now, last change, whether it can come as changes only, and the filters that apply. */
export function DatasetSummary({ dataset }: { dataset: ExtractDataset }) {
  const filters = dataset.filters.map(filterLabel);
  return (
    <SummaryList
      rows={[
        { key: 'Rows', value: dataset.rows.toLocaleString('en-GB') },
        { key: 'Last changed', value: lastChanged(dataset) },
        {
          key: 'Changes only',
          value: dataset.incremental
            ? 'Yes: give the watermark of your last download to get only what changed since'
            : 'No: it always comes whole',
        },
        { key: 'Filters', value: filters.length > 0 ? filters.join(', ') : 'None: it always comes whole' },
        { key: 'In the API', value: <code className="app-secret">GET /api/v1/extracts/{dataset.name}</code> },
      ]}
    />
  );
}
