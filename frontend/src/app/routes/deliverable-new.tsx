import { useLocation, useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useMetrics } from '@/features/metrics/api/get-metrics';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { useCreateDeliverable } from '@/features/programmes/api/save-deliverable';
import { DeliverableForm } from '@/features/programmes/components/deliverable-form';
import { DELIVERABLE_FIELDS, deliverableBodyFromForm, programmeYears } from '@/features/programmes/lib/form';
import { financialYearOf } from '@/lib/financial-year';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NewDeliverableRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const programme = useProgramme(id);
  const create = useCreateDeliverable();
  const metrics = useMetrics();
  useDocumentTitle(create.error || programme.error || metrics.error ? 'Error: Add a target' : 'Add a target');
  const current = financialYearOf(new Date());
  const initialYear = new URLSearchParams(location.search).get('financialYear') ?? current;
  const backLink = (
    <BackLink to={`${paths.programme.getHref(id)}?financialYear=${encodeURIComponent(initialYear)}`}>
      Back to the programme
    </BackLink>
  );

  const error = programme.error ?? metrics.error;
  if (!programme.data || !metrics.data) {
    return (
      <>
        {backLink}
        {error ? <ProblemSummary error={error} /> : null}
        <h1 className="govuk-heading-l">Add a target</h1>
        {error ? null : (
          <p className="govuk-body" role="status">
            Loading programme…
          </p>
        )}
      </>
    );
  }

  const { data } = programme.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {create.error ? <ProblemSummary key={create.submittedAt} error={create.error} fields={DELIVERABLE_FIELDS} /> : null}
        <span className="govuk-caption-l">{data.name}</span>
        <h1 className="govuk-heading-l">Add a target</h1>
        <DeliverableForm
          years={programmeYears(data.activeFrom, data.activeTo, current)}
          initialYear={initialYear}
          metrics={metrics.data}
          error={create.error}
          saving={create.isPending}
          submitText="Save target"
          onSubmit={(form) =>
            create.mutate(deliverableBodyFromForm(data.id, form), {
              onSuccess: (saved) =>
                void navigate(
                  `${paths.programme.getHref(data.id)}?financialYear=${encodeURIComponent(saved.data.financialYear)}`,
                ),
            })
          }
        />
      </div>
    </div>
  );
}
