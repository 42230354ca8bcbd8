import { useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useMetrics } from '@/features/metrics/api/get-metrics';
import { useDeliverable } from '@/features/programmes/api/get-deliverable';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { useUpdateDeliverable } from '@/features/programmes/api/save-deliverable';
import { DeliverableForm } from '@/features/programmes/components/deliverable-form';
import { DELIVERABLE_FIELDS, deliverableBodyFromForm, programmeYears } from '@/features/programmes/lib/form';
import { financialYearOf } from '@/lib/financial-year';
import { useDocumentTitle } from '@/lib/use-document-title';

export function EditDeliverableRoute() {
  const { id = '', deliverableId: deliverableParam = '' } = useParams();
  const deliverableId = Number(deliverableParam);
  const navigate = useNavigate();
  const programme = useProgramme(id);
  const deliverable = useDeliverable(deliverableId);
  const update = useUpdateDeliverable(deliverableId);
  const metrics = useMetrics();
  const error = programme.error ?? deliverable.error ?? metrics.error;
  useDocumentTitle(update.error || error ? 'Error: Change target' : 'Change target');
  const year = deliverable.data?.data.financialYear;
  const programmeHref = `${paths.programme.getHref(id)}${year ? `?financialYear=${encodeURIComponent(year)}` : ''}`;
  const backLink = <BackLink to={programmeHref}>Back to the programme</BackLink>;

  if (!programme.data || !deliverable.data || !metrics.data) {
    return (
      <>
        {backLink}
        {error ? <ProblemSummary error={error} /> : null}
        <h1 className="govuk-heading-l">Change target</h1>
        {error ? null : (
          <p className="govuk-body" role="status">
            Loading the target…
          </p>
        )}
      </>
    );
  }

  const { data, etag } = deliverable.data;
  const owner = programme.data.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {update.error ? (
          <SaveProblem
            key={update.submittedAt}
            error={update.error}
            fields={DELIVERABLE_FIELDS}
            reloadText="Reload the target"
            onReload={() => {
              update.reset();
              void deliverable.refetch();
            }}
          />
        ) : null}
        <span className="govuk-caption-l">{owner.name}</span>
        <h1 className="govuk-heading-l">Change target</h1>
        <DeliverableForm
          // A reload after someone else's change shows their values.
          key={etag}
          deliverable={data}
          metrics={metrics.data}
          years={programmeYears(owner.activeFrom, owner.activeTo, financialYearOf(new Date()))}
          error={update.error}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            update.mutate(
              { etag, body: deliverableBodyFromForm(data.programme.id, form) },
              {
                onSuccess: (saved) =>
                  void navigate(
                    `${paths.programme.getHref(data.programme.id)}?financialYear=${encodeURIComponent(saved.data.financialYear)}`,
                  ),
              },
            )
          }
        />
      </div>
    </div>
  );
}
