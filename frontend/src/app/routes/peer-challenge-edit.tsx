import { useNavigate, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { SaveProblem } from '@/components/errors/save-problem';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { usePeerChallenge } from '@/features/peer-challenges/api/get-peer-challenge';
import { useUpdatePeerChallenge } from '@/features/peer-challenges/api/save-peer-challenge';
import { PeerChallengeForm } from '@/features/peer-challenges/components/peer-challenge-form';
import { bodyFromForm, FORM_FIELDS } from '@/features/peer-challenges/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function EditPeerChallengeRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const challenge = usePeerChallenge(id);
  const update = useUpdatePeerChallenge(id);
  useDocumentTitle(
    update.error || challenge.error ? 'Error: Change peer challenge' : `Change peer challenge ${idParam}`,
  );
  const backLink = <BackLink to={paths.peerChallenge.getHref(idParam)}>Back to the peer challenge</BackLink>;

  if (!challenge.data) {
    return (
      <>
        {backLink}
        {challenge.error ? <ProblemSummary error={challenge.error} /> : null}
        <h1 className="govuk-heading-l">Change peer challenge</h1>
        {challenge.error ? null : (
          <p className="govuk-body" role="status">
            Loading peer challenge…
          </p>
        )}
      </>
    );
  }

  const { data, etag } = challenge.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {backLink}
        {update.error ? (
          <SaveProblem
            reloadText="Reload the peer challenge"
            key={update.submittedAt}
            error={update.error}
            fields={FORM_FIELDS}
            onReload={() => {
              update.reset();
              void challenge.refetch();
            }}
          />
        ) : null}
        <span className="govuk-caption-l">
          {data.typeLabel}: {data.council.name}
        </span>
        <h1 className="govuk-heading-l">Change peer challenge</h1>
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
      </div>
    </div>
  );
}
