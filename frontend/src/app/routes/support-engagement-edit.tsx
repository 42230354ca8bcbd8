import { useNavigate, useParams } from 'react-router';

import { EditRecord } from '@/components/edit-record';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useSupportEngagement } from '@/features/support-engagements/api/get-support-engagement';
import { useUpdateSupportEngagement } from '@/features/support-engagements/api/save-support-engagement';
import { SupportEngagementForm } from '@/features/support-engagements/components/support-engagement-form';
import { bodyFromForm, FORM_FIELDS } from '@/features/support-engagements/lib/form';

export function EditSupportEngagementRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const engagement = useSupportEngagement(id);
  const update = useUpdateSupportEngagement(id);
  const backLink = <BackLink to={paths.supportEngagement.getHref(idParam)}>Back to the support engagement</BackLink>;

  return (
    <EditRecord
      noun="support engagement"
      documentTitle={`Change support engagement ${idParam}`}
      backLink={backLink}
      record={engagement}
      update={update}
      fields={FORM_FIELDS}
      caption={(data) => <>{data.typeLabel}: {data.council.name}</>}
    >
      {({ data, etag }) => (
        <SupportEngagementForm
          // A reload after someone else's change shows their values.
          key={etag}
          engagement={data}
          error={update.error}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            update.mutate(
              { etag, body: bodyFromForm(form) },
              { onSuccess: () => void navigate(paths.supportEngagement.getHref(id)) },
            )
          }
        />
      )}
    </EditRecord>
  );
}
