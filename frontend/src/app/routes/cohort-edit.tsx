import { useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCohort } from '@/features/cohorts/api/get-cohort';
import { useUpdateCohort } from '@/features/cohorts/api/save-cohort';
import { CohortForm } from '@/features/cohorts/components/cohort-form';
import { COHORT_FIELDS, cohortBodyFromForm, withoutEmpty } from '@/features/cohorts/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function EditCohortRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const cohort = useCohort(id);
  const update = useUpdateCohort(id);
  useDocumentTitle(update.error || cohort.error ? 'Error: Change cohort' : `Change cohort ${idParam}`);
  const backLink = <BackLink to={paths.cohort.getHref(idParam)}>Back to the cohort</BackLink>;

  if (!cohort.data) {
    return (
      <>
        {backLink}
        {cohort.error ? <ProblemSummary error={cohort.error} /> : null}
        <h1 className="govuk-heading-l">Change cohort</h1>
        {cohort.error ? null : (
          <p className="govuk-body" role="status">
            Loading cohort…
          </p>
        )}
      </>
    );
  }

  const { data, etag } = cohort.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {update.error ? (
          <SaveProblem
            key={update.submittedAt}
            error={update.error}
            fields={COHORT_FIELDS}
            reloadText="Reload the cohort"
            onReload={() => {
              update.reset();
              void cohort.refetch();
            }}
          />
        ) : null}
        <span className="govuk-caption-l">{data.name}</span>
        <h1 className="govuk-heading-l">Change cohort</h1>
        <CohortForm
          // A reload after someone else's change shows their values.
          key={etag}
          cohort={data}
          error={update.error}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            update.mutate(
              { etag, body: withoutEmpty(cohortBodyFromForm(form)) },
              { onSuccess: () => void navigate(paths.cohort.getHref(id)) },
            )
          }
        />
      </div>
    </div>
  );
}
