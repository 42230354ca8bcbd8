import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { summariseResults } from '@/lib/results-summary';

import type { Cohort } from '../api/get-cohorts';

/** Cohorts, one a row; the first column links to the cohort. */
export function CohortsTable({ cohorts, caption }: { cohorts: Cohort[]; caption: ReactNode }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={cohorts}
      rowKey={(cohort) => cohort.id}
      columns={[
        {
          header: 'Cohort',
          cell: (cohort) => (
            <Link className="govuk-link" to={paths.cohort.getHref(cohort.id)}>
              {cohort.name}
            </Link>
          ),
        },
        { header: 'Programme', cell: (cohort) => cohort.programme.name },
        { header: 'Financial year', cell: (cohort) => cohort.financialYear },
        { header: 'Starts', cell: (cohort) => formatDate(cohort.startDate) },
        { header: 'Participants', numeric: true, cell: (cohort) => cohort.participants.toLocaleString('en-GB') },
        { header: 'Councils', numeric: true, cell: (cohort) => cohort.councils.toLocaleString('en-GB') },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 112 cohorts". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'cohort', 'cohorts');
}
