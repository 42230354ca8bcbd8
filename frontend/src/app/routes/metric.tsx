import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryLink } from '@/components/history/history-link';
import { BackLink } from '@/components/ui/back-link';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { useMetric } from '@/features/metrics/api/get-metrics';
import { MetricSummary } from '@/features/metrics/components/metric-summary';
import { isApiError } from '@/lib/api/problem';
import { useProgrammes } from '@/lib/reference/programmes';
import { useHasRole, useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export function MetricRoute() {
  const { key = '' } = useParams();
  const metric = useMetric(key);
  const programmes = useProgrammes();
  const isAdmin = useHasRole('admin');
  const isStaff = useIsStaff();
  const notFound = isApiError(metric.error, 404);
  const data = metric.data?.data;
  useDocumentTitle(notFound ? 'Metric not found' : metric.error ? 'Error: Metric' : `${data?.label ?? 'Metric'} – Metrics`);
  const programmeName = (id: string) => programmes.data?.find((programme) => programme.id === id)?.name ?? id;

  return (
    <>
      <BackLink to={paths.metrics.getHref()}>Back to the metrics</BackLink>
      <NoticeBanner />
      {metric.error && !notFound ? <ProblemSummary error={metric.error} /> : null}
      {notFound ? (
        <>
          <h1 className="govuk-heading-l">Metric not found</h1>
          <p className="govuk-body">There is no metric {key}.</p>
        </>
      ) : data ? (
        <>
          <span className="govuk-caption-l">{data.section}</span>
          <h1 className="govuk-heading-l">{data.label}</h1>
          <MetricSummary metric={data} programmeName={programmeName} canChange={isAdmin} />
          {isStaff ? <HistoryLink to={paths.metricHistory.getHref(key)} /> : null}
        </>
      ) : metric.error ? null : (
        <p className="govuk-body" role="status">
          Loading the metric…
        </p>
      )}
    </>
  );
}
