import { Link, useLocation, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useCouncil } from '@/features/councils/api/get-council';
import { CouncilDetails } from '@/features/councils/components/council-details';
import type { CouncilLinkState } from '@/features/councils/components/councils-table';
import { CouncilPeerChallenges } from '@/features/peer-challenges/components/council-peer-challenges';
import { CouncilTimeline } from '@/features/timeline/components/council-timeline';
import { isApiError } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export function CouncilRoute() {
  const { gssCode = '' } = useParams();
  const location = useLocation();
  const fromSearch = (location.state as CouncilLinkState | null)?.fromSearch ?? '';
  const financialYear = new URLSearchParams(location.search).get('financialYear')?.trim() || undefined;
  const council = useCouncil(gssCode);
  const isStaff = useIsStaff();
  const notFound = isApiError(council.error, 404);

  useDocumentTitle(
    notFound
      ? 'Council not found'
      : council.error
        ? 'Error: Council'
        : council.data
          ? `${council.data.name ?? gssCode} – Councils`
          : 'Council',
  );

  const backLink = <BackLink to={paths.councils.getHref(fromSearch)}>Back to councils</BackLink>;

  if (notFound) {
    return (
      <>
        <h1 className="govuk-heading-l">Council not found</h1>
        <p className="govuk-body">
          There is no council with the GSS code <strong>{gssCode}</strong>.
        </p>
        <p className="govuk-body">
          Check the code, or{' '}
          <Link className="govuk-link" to={paths.councils.getHref(fromSearch)}>
            find the council in the list of councils
          </Link>
          .
        </p>
      </>
    );
  }

  if (council.error) {
    return (
      <>
        {backLink}
        <ProblemSummary error={council.error} />
        <h1 className="govuk-heading-l">Council</h1>
      </>
    );
  }

  if (!council.data) {
    return (
      <>
        {backLink}
        <p className="govuk-body" role="status">
          Loading council…
        </p>
      </>
    );
  }

  return (
    <>
      {backLink}
      <span className="govuk-caption-l">{council.data.typeLabel ?? 'Council'}</span>
      <h1 className="govuk-heading-l">{council.data.name}</h1>
      <CouncilDetails council={council.data} fromSearch={fromSearch} />
      <CouncilPeerChallenges gssCode={council.data.gssCode ?? gssCode} canRecord={isStaff && council.data.current !== false} />
      <CouncilTimeline
        gssCode={council.data.gssCode ?? gssCode}
        councilName={council.data.name ?? gssCode}
        financialYear={financialYear}
        canRecord={isStaff && council.data.current !== false}
      />
    </>
  );
}
