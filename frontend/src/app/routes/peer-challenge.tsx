import { useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryLink } from '@/components/history/history-link';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { usePeerChallenge } from '@/features/peer-challenges/api/get-peer-challenge';
import { PeerChallengeSummary } from '@/features/peer-challenges/components/peer-challenge-summary';
import { StatusActions } from '@/features/peer-challenges/components/status-actions';
import { StatusTag } from '@/features/peer-challenges/components/status-tag';
import { TeamSection } from '@/features/peer-challenges/components/team-section';
import { SubjectSurveyResponses } from '@/features/survey-responses/components/subject-survey-responses';
import { hasReached } from '@/features/peer-challenges/lib/lifecycle';
import { typeLabel } from '@/features/peer-challenges/lib/reference-data';
import { isApiError } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export function PeerChallengeRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const challenge = usePeerChallenge(id);
  const isStaff = useIsStaff();
  const notFound = isApiError(challenge.error, 404) || !Number.isInteger(id) || id <= 0;
  const data = challenge.data?.data;
  const heading = data ? `${data.typeLabel ?? typeLabel(data.type)}: ${data.council.name}` : 'Peer challenge';

  useDocumentTitle(
    notFound ? 'Peer challenge not found' : challenge.error ? 'Error: Peer challenge' : `${heading} – Peer challenges`,
  );

  const backLink = <BackLink to={paths.peerChallenges.getHref()}>Back to peer challenges</BackLink>;

  if (notFound) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Peer challenge not found</h1>
        <p className="govuk-body">There is no peer challenge {idParam}. It may have been deleted.</p>
      </>
    );
  }
  if (challenge.error || !challenge.data || !data) {
    return (
      <>
        {backLink}
        {challenge.error ? <ProblemSummary error={challenge.error} /> : null}
        <h1 className="govuk-heading-l">Peer challenge</h1>
        {challenge.error ? null : (
          <p className="govuk-body" role="status">
            Loading peer challenge…
          </p>
        )}
      </>
    );
  }

  const planned = !hasReached(data.status, 'report-drafted') && data.status !== 'cancelled';
  return (
    <>
      {backLink}
      <span className="govuk-caption-l">Peer challenge {data.id}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body" data-testid="current-status">
        Status: <StatusTag status={data.status} label={data.statusLabel} />
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          {isStaff ? (
            <section aria-labelledby="status-heading">
              <h2 className="govuk-heading-m" id="status-heading">
                Change the status
              </h2>
              <StatusActions
                challenge={challenge.data}
                busy={challenge.isFetching}
                onReload={() => void challenge.refetch()}
              />
            </section>
          ) : null}

          <h2 className="govuk-heading-l">Details</h2>
          <PeerChallengeSummary challenge={data} canChange={isStaff} />

          <TeamSection id={data.id} canManage={isStaff} canAdd={planned} />

          <SubjectSurveyResponses
            subjectType="peer-challenge"
            subjectId={data.id}
            subjectTitle={`${data.typeLabel} – ${data.council.name}`}
          />

          {isStaff ? <HistoryLink to={paths.peerChallengeHistory.getHref(data.id)} /> : null}
        </div>
      </div>
    </>
  );
}
