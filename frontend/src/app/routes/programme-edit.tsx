import { useNavigate, useParams } from 'react-router';

import { EditRecord } from '@/components/edit-record';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { useUpdateProgramme } from '@/features/programmes/api/save-programme';
import { ProgrammeForm } from '@/features/programmes/components/programme-form';
import { PROGRAMME_FIELDS, programmeBodyFromForm } from '@/features/programmes/lib/form';

export function EditProgrammeRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const programme = useProgramme(id);
  const update = useUpdateProgramme(id);
  const organisations = useOrganisations();
  const backLink = <BackLink to={paths.programme.getHref(id)}>Back to the programme</BackLink>;
  const options = (organisations.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    text: organisation.name,
  }));

  return (
    <EditRecord
      noun="programme"
      documentTitle="Change programme"
      backLink={backLink}
      record={programme}
      update={update}
      fields={PROGRAMME_FIELDS}
      caption={(data) => data.name}
    >
      {({ data, etag }) => (
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
      )}
    </EditRecord>
  );
}
