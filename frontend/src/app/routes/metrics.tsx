import { ProblemSummary } from '@/components/errors/problem-summary';
import { ButtonLink } from '@/components/ui/button';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { useMetrics } from '@/features/metrics/api/get-metrics';
import { MetricsBySection } from '@/features/metrics/components/metrics-table';
import { useHasRole } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The annual report's metrics by section: what each figure counts. Administrators add and change them. */
export function MetricsRoute() {
  const metrics = useMetrics();
  const isAdmin = useHasRole('admin');
  useDocumentTitle(metrics.error ? 'Error: Metrics' : 'Metrics');
  return (
    <>
      <NoticeBanner />
      {metrics.error ? <ProblemSummary error={metrics.error} /> : null}
      <h1 className="govuk-heading-l">Metrics</h1>
      <p className="govuk-body">
        Each figure of the annual report is a metric: what it counts, over which records, and the sentence it reads as.
        {isAdmin
          ? ' Changing one changes the report straight away; each change is a new version, and snapshots keep the version they used.'
          : ' Only administrators can change them.'}
      </p>
      {isAdmin ? <ButtonLink to={paths.newMetric.getHref()}>Add a metric</ButtonLink> : null}
      {metrics.isPending ? (
        <p className="govuk-body" role="status">
          Loading the metrics…
        </p>
      ) : metrics.data ? (
        <MetricsBySection metrics={metrics.data} />
      ) : null}
    </>
  );
}
