import { useNavigate, useParams } from 'react-router';

import { EditRecord } from '@/components/edit-record';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { usePeerChallenge } from '@/features/peer-challenges/api/get-peer-challenge';
import { useUpdatePeerChallenge } from '@/features/peer-challenges/api/save-peer-challenge';
import { PeerChallengeForm } from '@/features/peer-challenges/components/peer-challenge-form';
import { bodyFromForm, FORM_FIELDS } from '@/features/peer-challenges/lib/form';

export function EditPeerChallengeRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const challenge = usePeerChallenge(id);
  const update = useUpdatePeerChallenge(id);
  const backLink = <BackLink to={paths.peerChallenge.getHref(idParam)}>Back to the peer challenge</BackLink>;

  return (
    <EditRecord
      noun="peer challenge"
      documentTitle={`Change peer challenge ${idParam}`}
      backLink={backLink}
      record={challenge}
      update={update}
      fields={FORM_FIELDS}
      caption={(data) => <>{data.typeLabel}: {data.council.name}</>}
    >
      {({ data, etag }) => (
        <PeerChallengeForm
          // A reload after someone else's change shows their values.
          key={etag}
          challenge={data}
          error={update.error}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            update.mutate(
              { etag, body: bodyFromForm(form) },
              { onSuccess: () => void navigate(paths.peerChallenge.getHref(id)) },
            )
          }
        />
      )}
    </EditRecord>
  );
}
