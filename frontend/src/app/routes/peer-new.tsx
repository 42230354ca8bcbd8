import { useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCreatePeer } from '@/features/peers/api/save-peer';
import { PeerForm } from '@/features/peers/components/peer-form';
import { createBodyFromForm, FORM_FIELDS } from '@/features/peers/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NewPeerRoute() {
  const navigate = useNavigate();
  const create = useCreatePeer();
  useDocumentTitle(create.error ? 'Error: Record a peer' : 'Record a peer');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={paths.peers.getHref()}>Back to peers</BackLink>
        {create.error ? <ProblemSummary key={create.submittedAt} error={create.error} fields={FORM_FIELDS} /> : null}
        <h1 className="govuk-heading-l">Record a peer</h1>
        <PeerForm
          error={create.error}
          saving={create.isPending}
          submitText="Save peer"
          onSubmit={(form) =>
            create.mutate(createBodyFromForm(form), {
              onSuccess: (saved) => void navigate(paths.peer.getHref(saved.data.id)),
            })
          }
        />
      </div>
    </div>
  );
}
