import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
// The audit trail's table is the same for every record: the peer challenge feature's serves here too.
import { HistoryTable } from '@/features/peer-challenges/components/history-table';
import { useProgrammeHistory } from '@/features/programmes/api/get-programme-history';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ProgrammeHistoryRoute() {
  const { id = '' } = useParams();
  const history = useProgrammeHistory(id);
  useDocumentTitle(history.error ? 'Error: Change history' : `Change history – Programme ${id}`);
  return (
    <>
      <BackLink to={paths.programme.getHref(id)}>Back to the programme</BackLink>
      {history.error ? <ProblemSummary error={history.error} /> : null}
      <span className="govuk-caption-l">Programme {id}</span>
      <h1 className="govuk-heading-l">Change history</h1>
      {history.isPending ? (
        <p className="govuk-body" role="status">
          Loading the history…
        </p>
      ) : history.data && history.data.length === 0 ? (
        <p className="govuk-body">No changes are recorded. The programme is as the catalogue was first loaded.</p>
      ) : history.data ? (
        <HistoryTable entries={history.data} />
      ) : null}
    </>
  );
}
