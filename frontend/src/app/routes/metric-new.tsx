import { useNavigate } from 'react-router';

import { SaveProblem } from '@/components/errors/save-problem';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useMetrics } from '@/features/metrics/api/get-metrics';
import { useSaveMetric } from '@/features/metrics/api/save-metric';
import { MetricForm } from '@/features/metrics/components/metric-form';
import { keyFromForm, METRIC_FIELDS, metricBodyFromForm } from '@/features/metrics/lib/form';
import { ApiError, isApiError } from '@/lib/api/problem';
import { useProgrammes } from '@/lib/reference/programmes';
import { withNotice } from '@/lib/notice';
import { useDocumentTitle } from '@/lib/use-document-title';

import { baseMetricOptions } from './metric-edit';

/** A key already taken answers 428 (changing a metric needs its ETag): shown as the key's field error. */
function keyTaken(error: unknown): unknown {
  return isApiError(error, 428)
    ? new ApiError(400, { title: 'Bad Request', errors: [{ field: 'key', message: 'is already used by another metric' }] })
    : error;
}

export function NewMetricRoute() {
  const navigate = useNavigate();
  const metrics = useMetrics();
  const programmes = useProgrammes();
  const save = useSaveMetric();
  const error = keyTaken(save.error);
  useDocumentTitle(save.error ? 'Error: Add a metric' : 'Add a metric');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={paths.metrics.getHref()}>Back to the metrics</BackLink>
        {save.error ? (
          <SaveProblem
            key={save.submittedAt}
            error={error}
            fields={METRIC_FIELDS}
            reloadText="Reload"
            onReload={() => save.reset()}
          />
        ) : null}
        <h1 className="govuk-heading-l">Add a metric</h1>
        <MetricForm
          programmes={(programmes.data ?? []).map((programme) => ({ value: programme.id, text: programme.name }))}
          baseMetrics={baseMetricOptions(metrics.data)}
          error={error}
          saving={save.isPending}
          submitText="Add the metric"
          onSubmit={(form) =>
            // An empty key is sent as "-", so that the API's 400 says what a key must be.
            save.mutate(
              { key: keyFromForm(form) || '-', body: metricBodyFromForm(form) },
              { onSuccess: (saved) => void navigate(paths.metric.getHref(saved.data.key), withNotice(`Metric added: ${saved.data.label}`)) },
            )
          }
        />
      </div>
    </div>
  );
}
