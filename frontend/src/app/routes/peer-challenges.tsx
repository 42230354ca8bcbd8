import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { ButtonLink } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { usePeerChallenges } from '@/features/peer-challenges/api/get-peer-challenges';
import { PeerChallengesFilters } from '@/features/peer-challenges/components/peer-challenges-filters';
import { PeerChallengesTable, resultsSummary } from '@/features/peer-challenges/components/peer-challenges-table';
import { parseFilters, toSearch } from '@/features/peer-challenges/lib/filters';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  financialYear: { id: 'financialYear', label: 'Financial year' },
  type: { id: 'type', label: 'Type' },
  status: { id: 'status', label: 'Status' },
  region: { id: 'region', label: 'Region' },
} satisfies ProblemFields;

export function PeerChallengesRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const peerChallenges = usePeerChallenges(filters);
  const isStaff = useIsStaff();
  const error = peerChallenges.error;
  useDocumentTitle(error ? 'Error: Peer challenges' : 'Peer challenges');


  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <h1 className="govuk-heading-l">Peer challenges</h1>
      {isStaff ? <ButtonLink to={paths.newPeerChallenge.getHref()}>Record a peer challenge</ButtonLink> : null}
      <PeerChallengesFilters key={location.search} filters={filters} errors={fieldErrorsFor(error, FILTER_FIELDS)} />

      <ListResults
        list={peerChallenges}
        error={error}
        search={location.search}
        page={filters.page}
        loadingText="Loading peer challenges…"
        summarise={resultsSummary}
        pagesLabel="Peer challenges pages"
        hrefForPage={(n) => paths.peerChallenges.getHref(toSearch({ ...filters, page: n }))}
      >
        {(items) => <PeerChallengesTable peerChallenges={items} caption="Peer challenges, newest first" />}
      </ListResults>
    </>
  );
}
