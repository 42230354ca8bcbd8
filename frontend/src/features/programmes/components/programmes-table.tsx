import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';

import type { Programme } from '@/lib/reference/programmes';
import { summariseResults } from '@/lib/results-summary';
import { activeYears } from '../lib/form';

/** Programmes, one a row; the name links to the programme. */
export function ProgrammesTable({ programmes, caption }: { programmes: Programme[]; caption: ReactNode }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={programmes}
      rowKey={(programme) => programme.id}
      columns={[
        {
          header: 'Name',
          cell: (programme) => (
            <Link className="govuk-link" to={paths.programme.getHref(programme.id)}>
              {programme.name}
            </Link>
          ),
        },
        { header: 'Theme', cell: (programme) => programme.themeLabel },
        { header: 'Delivering organisation', cell: (programme) => programme.deliveringOrganisation.name },
        { header: 'Audience', cell: (programme) => programme.audienceLabel },
        { header: 'Funder', cell: (programme) => programme.funderLabel },
        { header: 'Active years', cell: (programme) => activeYears(programme.activeFrom, programme.activeTo) },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 33 programmes". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'programme', 'programmes');
}
