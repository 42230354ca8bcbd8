import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { ButtonLink } from '@/components/ui/button';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { paths } from '@/config/paths';
import { useSurveyResponses } from '@/features/survey-responses/api/get-survey-responses';
import { useSurveySummary } from '@/features/survey-responses/api/get-survey-summary';
import { SurveyResponsesFilters } from '@/features/survey-responses/components/survey-responses-filters';
import { resultsSummary, SurveyResponsesTable } from '@/features/survey-responses/components/survey-responses-table';
import { SurveySummaryFigures } from '@/features/survey-responses/components/survey-summary-figures';
import { parseFilters, toSearch } from '@/features/survey-responses/lib/filters';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

// The API names the query parameter in error; these are the form fields that set them.
const FILTER_FIELDS = {
  financialYear: { id: 'financialYear', label: 'Financial year' },
  subjectType: { id: 'subjectType', label: 'About' },
  programme: { id: 'programme', label: 'Programme' },
  theme: { id: 'theme', label: 'Theme' },
  region: { id: 'region', label: 'Region' },
  respondentRole: { id: 'respondentRole', label: 'Respondent' },
} satisfies ProblemFields;

export function SurveyResponsesRoute() {
  const location = useLocation();
  const filters = parseFilters(location.search);
  const responses = useSurveyResponses(filters);
  const summary = useSurveySummary(filters);
  const isStaff = useIsStaff();
  const error = responses.error ?? summary.error;
  useDocumentTitle(error ? 'Error: Survey responses' : 'Survey responses');

  const loaded = !responses.isFetching && !responses.isPlaceholderData && !summary.isFetching && !summary.isPlaceholderData;

  return (
    <>
      {error ? <ProblemSummary error={error} fields={FILTER_FIELDS} /> : null}
      <NoticeBanner />
      <h1 className="govuk-heading-l">Survey responses</h1>
      <p className="govuk-body">
        Feedback from people who took part in events, peer challenges, support and programmes, and the satisfaction
        figures computed from it.
      </p>
      {isStaff ? <ButtonLink to={paths.newSurveyResponse.getHref()}>Record a survey response</ButtonLink> : null}
      <SurveyResponsesFilters key={location.search} filters={filters} errors={fieldErrorsFor(error, FILTER_FIELDS)} />

      <ListResults
        list={responses}
        error={error}
        search={location.search}
        page={filters.page}
        loadingText="Loading survey responses…"
        summarise={resultsSummary}
        pagesLabel="Survey responses pages"
        hrefForPage={(n) => paths.surveyResponses.getHref(toSearch({ ...filters, page: n }))}
        loaded={loaded}
        busy={!loaded}
        beforeSummary={summary.data && !error ? <SurveySummaryFigures summary={summary.data} /> : null}
      >
        {(items) => <SurveyResponsesTable responses={items} caption="Survey responses, newest first" />}
      </ListResults>
    </>
  );
}
