import { useId, type Key, type ReactNode } from 'react';

export type TableColumn<T> = {
  header: string;
  cell: (row: T) => ReactNode;
  /** Render this column's cells as row headers (<th scope="row">). */
  rowHeader?: boolean;
  numeric?: boolean;
};

type TableProps<T> = {
  caption: ReactNode;
  captionSize?: 's' | 'm' | 'l' | 'xl' | 'hidden';
  columns: TableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => Key;
};

/**
 * GOV.UK table. On narrow screens it scrolls sideways inside a keyboard-focusable
 * region named by the caption, rather than widening the page.
 */
export function Table<T>({ caption, captionSize = 'm', columns, rows, rowKey }: TableProps<T>) {
  const captionId = useId();
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="govuk-table">
        <caption
          id={captionId}
          className={
            captionSize === 'hidden'
              ? 'govuk-table__caption govuk-visually-hidden'
              : `govuk-table__caption govuk-table__caption--${captionSize}`
          }
        >
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row" className="govuk-table__header">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.header}
                    className={`govuk-table__cell${column.numeric ? ' govuk-table__cell--numeric' : ''}`}
                  >
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
