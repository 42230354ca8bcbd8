import { useNavigate, useParams } from 'react-router';

import { EditRecord } from '@/components/edit-record';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCohort } from '@/features/cohorts/api/get-cohort';
import { useUpdateCohort } from '@/features/cohorts/api/save-cohort';
import { CohortForm } from '@/features/cohorts/components/cohort-form';
import { COHORT_FIELDS, cohortBodyFromForm, withoutEmpty } from '@/features/cohorts/lib/form';

export function EditCohortRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const cohort = useCohort(id);
  const update = useUpdateCohort(id);
  const backLink = <BackLink to={paths.cohort.getHref(idParam)}>Back to the cohort</BackLink>;

  return (
    <EditRecord
      noun="cohort"
      documentTitle={`Change cohort ${idParam}`}
      backLink={backLink}
      record={cohort}
      update={update}
      fields={COHORT_FIELDS}
      caption={(data) => data.name}
    >
      {({ data, etag }) => (
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
      )}
    </EditRecord>
  );
}
