import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useSnapshot, useSnapshotDiff } from '@/features/reports/api/snapshots';
import { SnapshotDiffView } from '@/features/reports/components/snapshot-diff-view';
import { isApiError } from '@/lib/api/problem';
import { useDocumentTitle } from '@/lib/use-document-title';

/** A frozen report against today's figures: which figures moved, by how much, and the records that moved them. */
export function ReportSnapshotRoute() {
  const { year = '', id = '' } = useParams();
  const number = /^\d+$/.test(id) ? Number(id) : Number.NaN;
  const snapshot = useSnapshot(year, number);
  const diff = useSnapshotDiff(year, number);
  const notFound = Number.isNaN(number) || isApiError(snapshot.error, 404) || isApiError(diff.error, 404);
  const error = snapshot.error ?? diff.error;
  useDocumentTitle(notFound ? 'Snapshot not found' : error ? 'Error: Snapshot' : `Snapshot ${id} – Annual report ${year}`);

  return (
    <>
      <BackLink to={`${paths.reports.getHref(`?year=${encodeURIComponent(year)}`)}#snapshots`}>Back to the annual report</BackLink>
      {error && !notFound ? <ProblemSummary error={error} /> : null}
      <span className="govuk-caption-l">Annual report {year}</span>
      <h1 className="govuk-heading-l">{notFound ? 'Snapshot not found' : `Snapshot ${id}: what has moved since`}</h1>
      {notFound ? (
        <p className="govuk-body">There is no snapshot {id} of {year}.</p>
      ) : snapshot.data && diff.data ? (
        <SnapshotDiffView snapshot={snapshot.data} diff={diff.data} />
      ) : error ? null : (
        <p className="govuk-body" role="status">
          Recomputing the figures…
        </p>
      )}
    </>
  );
}
