import { useLocation, useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCreatePeerChallenge } from '@/features/peer-challenges/api/save-peer-challenge';
import { PeerChallengeForm } from '@/features/peer-challenges/components/peer-challenge-form';
import { createBodyFromForm, FORM_FIELDS } from '@/features/peer-challenges/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NewPeerChallengeRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  const create = useCreatePeerChallenge();
  useDocumentTitle(create.error ? 'Error: Record a peer challenge' : 'Record a peer challenge');
  const council = new URLSearchParams(location.search).get('council') ?? '';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={paths.peerChallenges.getHref()}>Back to peer challenges</BackLink>
        {create.error ? <ProblemSummary key={create.submittedAt} error={create.error} fields={FORM_FIELDS} /> : null}
        <h1 className="govuk-heading-l">Record a peer challenge</h1>
        <PeerChallengeForm
          initialCouncil={council}
          error={create.error}
          saving={create.isPending}
          submitText="Save peer challenge"
          onSubmit={(form) =>
            create.mutate(createBodyFromForm(form), {
              onSuccess: (saved) => void navigate(paths.peerChallenge.getHref(saved.data.id)),
            })
          }
        />
      </div>
    </div>
  );
}
