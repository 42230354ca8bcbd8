import { useLocation, useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCreateCohort } from '@/features/cohorts/api/save-cohort';
import { CohortForm } from '@/features/cohorts/components/cohort-form';
import { COHORT_FIELDS, cohortBodyFromForm, withoutEmpty } from '@/features/cohorts/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NewCohortRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  const create = useCreateCohort();
  useDocumentTitle(create.error ? 'Error: Record a cohort' : 'Record a cohort');
  const programme = new URLSearchParams(location.search).get('programme') ?? '';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={paths.cohorts.getHref()}>Back to cohorts</BackLink>
        {create.error ? <ProblemSummary key={create.submittedAt} error={create.error} fields={COHORT_FIELDS} /> : null}
        <h1 className="govuk-heading-l">Record a cohort</h1>
        <CohortForm
          initialProgramme={programme}
          error={create.error}
          saving={create.isPending}
          submitText="Save cohort"
          onSubmit={(form) =>
            create.mutate(withoutEmpty(cohortBodyFromForm(form)), {
              onSuccess: (saved) => void navigate(paths.cohort.getHref(saved.data.id)),
            })
          }
        />
      </div>
    </div>
  );
}
