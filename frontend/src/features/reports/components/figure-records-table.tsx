import { Link } from 'react-router';

import { Table, type TableColumn } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { formatDays } from '@/lib/format-number';

import type { FigureRecord } from '../api/get-figure-records';
import { formatWhole } from '../lib/format-figure';
import { recordHref, recordTypeLabel } from '../lib/record-links';

/** The records of one page behind a figure, each linked to its page where the app has one. */
export function FigureRecordsTable({ records, caption, showDays }: { records: FigureRecord[]; caption: string; showDays: boolean }) {
  const grouped = records.some((record) => record.type === 'council' || record.type === 'participant');
  const columns: TableColumn<FigureRecord>[] = [
    {
      header: 'Record',
      rowHeader: true,
      cell: (record) => {
        const href = recordHref(record.type, record.id);
        return href ? (
          <Link className="govuk-link" to={href}>
            {record.label}
          </Link>
        ) : (
          record.label
        );
      },
    },
    { header: 'Type', cell: (record) => recordTypeLabel(record.type) },
    { header: 'Date', cell: (record) => formatDate(record.date) },
  ];
  if (records.some((record) => record.council && record.type !== 'council')) {
    columns.push({
      header: 'Council',
      cell: (record) =>
        record.council ? (
          <Link className="govuk-link" to={paths.council.getHref(record.council.gssCode)}>
            {record.council.name}
          </Link>
        ) : (
          ''
        ),
    });
  }
  if (showDays) columns.push({ header: 'Days', numeric: true, cell: (record) => formatDays(record.days) });
  if (grouped) columns.push({ header: 'Records counted', numeric: true, cell: (record) => formatWhole(record.records) });
  return <Table<FigureRecord> caption={caption} captionSize="s" rows={records} rowKey={(record) => record.ref} columns={columns} />;
}
