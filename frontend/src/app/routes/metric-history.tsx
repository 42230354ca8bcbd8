import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryTable } from '@/components/history/history-table';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useMetricHistory } from '@/features/metrics/api/get-metrics';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Who changed a metric, what and when: one entry per version, oldest first. */
export function MetricHistoryRoute() {
  const { key = '' } = useParams();
  const history = useMetricHistory(key);
  useDocumentTitle(history.error ? 'Error: Change history' : `Change history – Metric ${key}`);
  return (
    <>
      <BackLink to={paths.metric.getHref(key)}>Back to the metric</BackLink>
      {history.error ? <ProblemSummary error={history.error} /> : null}
      <span className="govuk-caption-l">Metric {key}</span>
      <h1 className="govuk-heading-l">Change history</h1>
      {history.isPending ? (
        <p className="govuk-body" role="status">
          Loading the history…
        </p>
      ) : history.data && history.data.length === 0 ? (
        <p className="govuk-body">No changes are recorded. The metric is as it was first loaded.</p>
      ) : history.data ? (
        <HistoryTable entries={history.data} />
      ) : null}
    </>
  );
}
