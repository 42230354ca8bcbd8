import { useNavigate, useParams } from 'react-router';

import { EditRecord } from '@/components/edit-record';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useMetric, useMetrics } from '@/features/metrics/api/get-metrics';
import { useSaveMetric } from '@/features/metrics/api/save-metric';
import { MetricForm } from '@/features/metrics/components/metric-form';
import { METRIC_FIELDS, metricBodyFromForm } from '@/features/metrics/lib/form';
import { useProgrammes } from '@/lib/reference/programmes';
import { withNotice } from '@/lib/notice';

/** Options for a change on the previous year's base: every other metric that is not itself a change. */
export function baseMetricOptions(metrics: { key: string; label: string; kind: string }[] | undefined, except?: string) {
  return (metrics ?? [])
    .filter((metric) => metric.key !== except && metric.kind !== 'change-on-previous-year')
    .map((metric) => ({ value: metric.key, text: metric.label }));
}

export function EditMetricRoute() {
  const { key = '' } = useParams();
  const navigate = useNavigate();
  const metric = useMetric(key);
  const metrics = useMetrics();
  const programmes = useProgrammes();
  const save = useSaveMetric();
  const backLink = <BackLink to={paths.metric.getHref(key)}>Back to the metric</BackLink>;

  return (
    <EditRecord
      noun="metric"
      documentTitle="Change metric"
      backLink={backLink}
      record={metric}
      update={save}
      fields={METRIC_FIELDS}
      caption={(data) => data.label}
    >
      {({ data, etag }) => (
        <MetricForm
          // A reload after someone else's change shows their values.
          key={etag}
          metric={data}
          programmes={(programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }))}
          baseMetrics={baseMetricOptions(metrics.data, key)}
          error={save.error}
          saving={save.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            save.mutate(
              { key, etag, body: metricBodyFromForm(form) },
              {
                onSuccess: (saved) =>
                  void navigate(paths.metric.getHref(key), withNotice(`Metric changed: ${saved.data.label} is now version ${saved.data.version}`)),
              },
            )
          }
        />
      )}
    </EditRecord>
  );
}
