import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { ButtonLink } from '@/components/ui/button';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { getCouncilQueryOptions } from '@/features/councils/api/get-council';
import { usePeers } from '@/features/peers/api/get-peers';
import { PeersFilters } from '@/features/peers/components/peers-filters';
import { PeersTable, resultsSummary } from '@/features/peers/components/peers-table';
import { parseFilters, toSearch } from '@/features/peers/lib/filters';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  q: { id: 'q', label: 'Name contains' },
  kind: { id: 'kind', label: 'Kind of peer' },
  politicalGroup: { id: 'politicalGroup', label: 'Political group' },
  council: { id: 'council', label: 'Home council' },
  accredited: { id: 'accredited', label: 'Accreditation' },
  active: { id: 'active', label: 'Available for teams' },
} satisfies ProblemFields;

/** The peer pool: LGA staff and administrators only (names and contact details), as the API allows. */
export function PeersRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const peers = usePeers(filters);
  const error = peers.error;
  // The home council in the address, shown by name in the filter once it has loaded.
  const councilCode = filters.council?.toUpperCase() ?? '';
  const council = useQuery({ ...getCouncilQueryOptions(councilCode), enabled: Boolean(councilCode) });
  const councilReady = !councilCode || !council.isPending;
  useDocumentTitle(error ? 'Error: Peers' : 'Peers');

  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <NoticeBanner />
      <h1 className="govuk-heading-l">Peers</h1>
      <p className="govuk-body">
        The pool of member (councillor) and officer peers that peer challenge teams are drawn from. Self-reported
        diversity data is never shown for a person.
      </p>
      <ButtonLink to={paths.newPeer.getHref()}>Record a peer</ButtonLink>
      {councilReady ? (
        <PeersFilters
          key={location.search}
          filters={filters}
          council={
            councilCode ? { gssCode: councilCode, name: council.data?.name ?? councilCode, endDate: council.data?.endDate } : undefined
          }
          errors={fieldErrorsFor(error, FILTER_FIELDS)}
        />
      ) : (
        <p className="govuk-body" role="status">
          Loading the filters…
        </p>
      )}

      <ListResults
        list={peers}
        error={error}
        search={location.search}
        page={filters.page}
        loadingText="Loading peers…"
        summarise={resultsSummary}
        pagesLabel="Peers pages"
        hrefForPage={(n) => paths.peers.getHref(toSearch({ ...filters, page: n }))}
      >
        {(items) => <PeersTable peers={items} caption="Peers, by name" />}
      </ListResults>
    </>
  );
}
