import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ButtonLink } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { usePeerChallenges } from '@/features/peer-challenges/api/get-peer-challenges';
import { PeerChallengesFilters } from '@/features/peer-challenges/components/peer-challenges-filters';
import { PeerChallengesTable, resultsSummary } from '@/features/peer-challenges/components/peer-challenges-table';
import { PAGE_SIZE, parseFilters, toSearch } from '@/features/peer-challenges/lib/filters';
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

  const data = peerChallenges.data;
  const items = data?.items ?? [];
  const page = data?.page ?? filters.page;

  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <h1 className="govuk-heading-l">Peer challenges</h1>
      {isStaff ? <ButtonLink to={paths.newPeerChallenge.getHref()}>Record a peer challenge</ButtonLink> : null}
      <PeerChallengesFilters key={location.search} filters={filters} errors={fieldErrorsFor(error, FILTER_FIELDS)} />

      <div
        aria-live="polite"
        aria-busy={peerChallenges.isFetching}
        data-loaded-search={peerChallenges.isFetching || peerChallenges.isPlaceholderData ? undefined : location.search}
      >
        {peerChallenges.isPending ? (
          <p className="govuk-body">Loading peer challenges…</p>
        ) : data && !error ? (
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="results-summary">
            {resultsSummary(page, data.size ?? PAGE_SIZE, items.length, data.totalItems ?? 0)}
          </p>
        ) : null}
      </div>

      {data && !error && items.length > 0 ? (
        <>
          <PeerChallengesTable peerChallenges={items} caption="Peer challenges, newest first" />
          <Pagination
            page={page}
            totalPages={data.totalPages ?? 0}
            label="Peer challenges pages"
            hrefForPage={(n) => paths.peerChallenges.getHref(toSearch({ ...filters, page: n }))}
          />
        </>
      ) : null}
    </>
  );
}
