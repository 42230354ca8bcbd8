import { useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { useUpdateProgramme } from '@/features/programmes/api/save-programme';
import { ProgrammeForm } from '@/features/programmes/components/programme-form';
import { PROGRAMME_FIELDS, programmeBodyFromForm } from '@/features/programmes/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function EditProgrammeRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const programme = useProgramme(id);
  const update = useUpdateProgramme(id);
  const organisations = useOrganisations();
  useDocumentTitle(update.error || programme.error ? 'Error: Change programme' : 'Change programme');
  const backLink = <BackLink to={paths.programme.getHref(id)}>Back to the programme</BackLink>;
  const options = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    text: organisation.name,
  }));

  if (!programme.data) {
    return (
      <>
        {backLink}
        {programme.error ? <ProblemSummary error={programme.error} /> : null}
        <h1 className="govuk-heading-l">Change programme</h1>
        {programme.error ? null : (
          <p className="govuk-body" role="status">
            Loading programme…
          </p>
        )}
      </>
    );
  }

  const { data, etag } = programme.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {update.error ? (
          <SaveProblem
            key={update.submittedAt}
            error={update.error}
            fields={PROGRAMME_FIELDS}
            reloadText="Reload the programme"
            onReload={() => {
              update.reset();
              void programme.refetch();
            }}
          />
        ) : null}
        <span className="govuk-caption-l">{data.name}</span>
        <h1 className="govuk-heading-l">Change programme</h1>
        <ProgrammeForm
          // A reload after someone else's change shows their values.
          key={etag}
          programme={data}
          organisations={options}
          error={update.error}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            update.mutate(
              { etag, body: programmeBodyFromForm(form) },
              { onSuccess: () => void navigate(paths.programme.getHref(id)) },
            )
          }
        />
      </div>
    </div>
  );
}
