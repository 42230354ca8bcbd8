import { useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useCreateProgramme } from '@/features/programmes/api/save-programme';
import { ProgrammeForm } from '@/features/programmes/components/programme-form';
import { PROGRAMME_FIELDS, programmeCreateBodyFromForm } from '@/features/programmes/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NewProgrammeRoute() {
  const navigate = useNavigate();
  const create = useCreateProgramme();
  const organisations = useOrganisations();
  useDocumentTitle(create.error ? 'Error: Add a programme' : 'Add a programme');
  const options = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    text: organisation.name,
  }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={paths.programmes.getHref()}>Back to programmes</BackLink>
        {create.error ? <ProblemSummary key={create.submittedAt} error={create.error} fields={PROGRAMME_FIELDS} /> : null}
        <h1 className="govuk-heading-l">Add a programme</h1>
        <ProgrammeForm
          organisations={options}
          error={create.error}
          saving={create.isPending}
          submitText="Save programme"
          onSubmit={(form) =>
            create.mutate(programmeCreateBodyFromForm(form), {
              onSuccess: (saved) => void navigate(paths.programme.getHref(saved.data.id)),
            })
          }
        />
      </div>
    </div>
  );
}
