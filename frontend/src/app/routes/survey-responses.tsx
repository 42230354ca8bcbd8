import { useLocation } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { ButtonLink } from '@/components/ui/button';
import { NoticeBanner } from '@/components/ui/notification-banner';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useSurveyResponses } from '@/features/survey-responses/api/get-survey-responses';
import { useSurveySummary } from '@/features/survey-responses/api/get-survey-summary';
import { SurveyResponsesFilters } from '@/features/survey-responses/components/survey-responses-filters';
import { resultsSummary, SurveyResponsesTable } from '@/features/survey-responses/components/survey-responses-table';
import { SurveySummaryFigures } from '@/features/survey-responses/components/survey-summary-figures';
import { PAGE_SIZE, parseFilters, toSearch } from '@/features/survey-responses/lib/filters';
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

  const data = responses.data;
  const items = data?.items ?? [];
  const page = data?.page ?? filters.page;
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

      <div aria-live="polite" aria-busy={!loaded} data-loaded-search={loaded ? location.search : undefined}>
        {summary.data && !error ? <SurveySummaryFigures summary={summary.data} /> : null}
        {responses.isPending ? (
          <p className="govuk-body">Loading survey responses…</p>
        ) : data && !error ? (
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="results-summary">
            {resultsSummary(page, data.size ?? PAGE_SIZE, items.length, data.totalItems ?? 0)}
          </p>
        ) : null}
      </div>

      {data && !error && items.length > 0 ? (
        <>
          <SurveyResponsesTable responses={items} caption="Survey responses, newest first" />
          <Pagination
            page={page}
            totalPages={data.totalPages ?? 0}
            label="Survey responses pages"
            hrefForPage={(n) => paths.surveyResponses.getHref(toSearch({ ...filters, page: n }))}
          />
        </>
      ) : null}
    </>
  );
}
