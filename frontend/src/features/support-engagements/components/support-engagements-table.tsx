import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { formatDateRange } from '@/lib/format-date';
import { formatDays } from '@/lib/format-number';
import { summariseResults } from '@/lib/results-summary';

import type { SupportEngagement } from '../api/get-support-engagements';
import { engagementTypeLabel } from '../lib/reference-data';

/** "3 June 2024 to 31 January 2025", or "from 3 June 2024 (continuing)". */
export function engagementPeriod(engagement: Pick<SupportEngagement, 'startDate' | 'endDate'>): string {
  const period = formatDateRange(engagement.startDate, engagement.endDate);
  return engagement.endDate ? period : `${period} (continuing)`;
}

/** Support engagements, one a row; the first column links to the engagement. */
export function SupportEngagementsTable({
  engagements,
  caption,
  captionSize = 's',
}: {
  engagements: SupportEngagement[];
  caption: ReactNode;
  captionSize?: 's' | 'm' | 'hidden';
}) {
  return (
    <Table
      caption={caption}
      captionSize={captionSize}
      rows={engagements}
      rowKey={(engagement) => engagement.id}
      columns={[
        {
          header: 'Council',
          cell: (engagement) => (
            <Link className="govuk-link" to={paths.supportEngagement.getHref(engagement.id)}>
              {engagement.council.name}
              <span className="govuk-visually-hidden">, support engagement {engagement.id}</span>
            </Link>
          ),
        },
        { header: 'Type', cell: (engagement) => engagement.typeLabel ?? engagementTypeLabel(engagement.type) },
        { header: 'Programme', cell: (engagement) => engagement.programme.name },
        { header: 'Period', cell: (engagement) => engagementPeriod(engagement) },
        { header: 'Days delivered', numeric: true, cell: (engagement) => formatDays(engagement.daysDelivered) },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 112 support engagements". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'support engagement', 'support engagements');
}
