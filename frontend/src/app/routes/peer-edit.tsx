import { useNavigate, useParams } from 'react-router';

import { EditRecord } from '@/components/edit-record';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { usePeer } from '@/features/peers/api/get-peer';
import { useUpdatePeer } from '@/features/peers/api/save-peer';
import { PeerForm } from '@/features/peers/components/peer-form';
import { bodyFromForm, FORM_FIELDS } from '@/features/peers/lib/form';

export function EditPeerRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const peer = usePeer(id);
  const update = useUpdatePeer(id);
  const backLink = <BackLink to={paths.peer.getHref(idParam)}>Back to the peer</BackLink>;

  return (
    <EditRecord
      noun="peer"
      documentTitle={`Change peer ${idParam}`}
      backLink={backLink}
      record={peer}
      update={update}
      fields={FORM_FIELDS}
      caption={(data) => data.name}
    >
      {({ data, etag }) => (
        <PeerForm
          // A reload after someone else's change shows their values.
          key={etag}
          peer={data}
          error={update.error}
          saving={update.isPending}
          submitText="Save changes"
          onSubmit={(form) =>
            update.mutate({ etag, body: bodyFromForm(form) }, { onSuccess: () => void navigate(paths.peer.getHref(id)) })
          }
        />
      )}
    </EditRecord>
  );
}
