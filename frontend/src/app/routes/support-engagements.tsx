import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { ButtonLink } from '@/components/ui/button';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { useSupportEngagements } from '@/features/support-engagements/api/get-support-engagements';
import { SupportEngagementsFilters } from '@/features/support-engagements/components/support-engagements-filters';
import {
  resultsSummary,
  SupportEngagementsTable,
} from '@/features/support-engagements/components/support-engagements-table';
import { parseFilters, toSearch } from '@/features/support-engagements/lib/filters';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  financialYear: { id: 'financialYear', label: 'Financial year started' },
  type: { id: 'type', label: 'Type of support' },
  region: { id: 'region', label: 'Region' },
  theme: { id: 'theme', label: 'Theme' },
  programme: { id: 'programme', label: 'Programme' },
} satisfies ProblemFields;

export function SupportEngagementsRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const engagements = useSupportEngagements(filters);
  const isStaff = useIsStaff();
  const error = engagements.error;
  useDocumentTitle(error ? 'Error: Support engagements' : 'Support engagements');


  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <NoticeBanner />
      <h1 className="govuk-heading-l">Support engagements</h1>
      <p className="govuk-body">
        Bespoke support to one council: mentoring, targeted finance or workforce support, post-election support, top
        team development and transformation experts.
      </p>
      {isStaff ? <ButtonLink to={paths.newSupportEngagement.getHref()}>Record a support engagement</ButtonLink> : null}
      <SupportEngagementsFilters
        key={location.search}
        filters={filters}
        errors={fieldErrorsFor(error, FILTER_FIELDS)}
      />

      <ListResults
        list={engagements}
        error={error}
        search={location.search}
        page={filters.page}
        loadingText="Loading support engagements…"
        summarise={resultsSummary}
        pagesLabel="Support engagements pages"
        hrefForPage={(n) => paths.supportEngagements.getHref(toSearch({ ...filters, page: n }))}
      >
        {(items) => <SupportEngagementsTable engagements={items} caption="Support engagements, newest start first" />}
      </ListResults>
    </>
  );
}
