import { useState, type MouseEvent } from 'react';

import { Table } from '@/components/ui/table';
import { saveBlob } from '@/lib/save-blob';

import { getErrorsCsv } from '../api/download-errors';
import type { ImportSummary } from '../api/get-imports';

/** The most problems the import's page lists; `errors.csv` has every one. */
const LISTED = 1000;

/** The problems with the rejected rows, and every one of them as a CSV to download. */
export function RejectedRows({ summary }: { summary: ImportSummary }) {
  const [downloading, setDownloading] = useState(false);
  const [failed, setFailed] = useState(false);
  const errors = summary.errors;
  const csvPath = `/api/v1/imports/${summary.id}/errors.csv`;
  const filename = `import-${summary.id}-rejected-rows.csv`;

  // The CSV needs the bearer token, so the link's own address (the API's) is fetched with it and saved.
  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (downloading) return;
    setDownloading(true);
    setFailed(false);
    try {
      saveBlob(await getErrorsCsv(summary.id), filename);
    } catch {
      setFailed(true);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <section aria-labelledby="rejected-rows-heading" data-testid="rejected-rows">
      <h2 className="govuk-heading-m" id="rejected-rows-heading">
        Rejected rows
      </h2>
      {errors.length === 0 ? (
        <p className="govuk-body">{summary.status === 'running' ? 'No rows have been rejected so far.' : 'No rows were rejected.'}</p>
      ) : (
        <>
          <p className="govuk-body">
            Rows are numbered as in the file: the header is row 1.
            {errors.length >= LISTED ? ` Only the first ${LISTED.toLocaleString('en-GB')} problems are listed here; the CSV has all of them.` : ''}
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={csvPath} download={filename} onClick={(event) => void download(event)}>
              Download the rejected rows as CSV
            </a>
            {downloading ? <span role="status"> Downloading…</span> : null}
          </p>
          {failed ? (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> The CSV could not be downloaded. Try again later.
            </p>
          ) : null}
          <Table
            caption={`Problems with rejected rows (${errors.length.toLocaleString('en-GB')})`}
            captionSize="s"
            rows={errors}
            rowKey={(error) => `${error.row}-${error.field ?? ''}-${error.message}`}
            columns={[
              { header: 'Row', numeric: true, cell: (error) => (error.row === 0 ? 'Whole file' : error.row.toLocaleString('en-GB')) },
              { header: 'External id', cell: (error) => error.externalId ?? '' },
              { header: 'Field', cell: (error) => error.field ?? '' },
              { header: 'Message', cell: (error) => error.message },
            ]}
          />
        </>
      )}
    </section>
  );
}
