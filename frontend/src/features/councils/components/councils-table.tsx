import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { summariseResults } from '@/lib/results-summary';

import type { CouncilSummary } from '../api/get-councils';
import { CouncilStatus } from './council-status';

export type CouncilLinkState = { fromSearch?: string };

type CouncilsTableProps = {
  councils: CouncilSummary[];
  caption: string;
  /** The list's query string, so the detail page's back link can return to the same filtered view. */
  fromSearch?: string;
};

export function CouncilsTable({ councils, caption, fromSearch = '' }: CouncilsTableProps) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={councils}
      rowKey={(council) => council.gssCode ?? council.name ?? ''}
      columns={[
        {
          header: 'Name',
          cell: (council) => (
            <Link
              className="govuk-link"
              to={paths.council.getHref(council.gssCode ?? '')}
              state={{ fromSearch } satisfies CouncilLinkState}
            >
              {council.name}
            </Link>
          ),
        },
        { header: 'GSS code', cell: (council) => council.gssCode },
        { header: 'Type', cell: (council) => council.typeLabel ?? council.type },
        { header: 'Region', cell: (council) => council.regionLabel ?? council.region },
        { header: 'Status', cell: (council) => <CouncilStatus council={council} /> },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 317 councils". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'council', 'councils');
}
