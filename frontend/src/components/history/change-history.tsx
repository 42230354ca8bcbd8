import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { useHistory, type HistoryPath } from '@/lib/api/history';
import { useDocumentTitle } from '@/lib/use-document-title';

import { HistoryTable } from './history-table';

type ChangeHistoryProps<P extends HistoryPath> = {
  /** The API's history read: "/api/v1/events/{id}/history". */
  path: P;
  id: Parameters<typeof useHistory<P>>[1];
  /** What the history is of, for the caption and the title: "Event 311". */
  record: string;
  /** Back to the record: { to: "/events/311", text: "Back to the event" }. */
  back: { to: string; text: string };
  /** Said when nothing is recorded. */
  emptyText?: string;
};

/**
 * A record's change history page: who changed what, and when, oldest first. The same for every
 * record; the API lets only LGA staff and administrators read it (others see its 403 explained).
 */
export function ChangeHistory<P extends HistoryPath>({
  path,
  id,
  record,
  back,
  emptyText = 'No changes are recorded.',
}: ChangeHistoryProps<P>) {
  const history = useHistory(path, id);
  useDocumentTitle(history.error ? 'Error: Change history' : `Change history – ${record}`);
  return (
    <>
      <BackLink to={back.to}>{back.text}</BackLink>
      {history.error ? <ProblemSummary error={history.error} /> : null}
      <span className="govuk-caption-l">{record}</span>
      <h1 className="govuk-heading-l">Change history</h1>
      {history.isPending ? (
        <p className="govuk-body" role="status">
          Loading the history…
        </p>
      ) : history.data && history.data.length === 0 ? (
        <p className="govuk-body">{emptyText}</p>
      ) : history.data ? (
        <HistoryTable entries={history.data} />
      ) : null}
    </>
  );
}
