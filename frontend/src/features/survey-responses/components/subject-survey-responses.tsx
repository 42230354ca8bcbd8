import { Link } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { ButtonLink } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useIsStaff } from '@/lib/roles';

import { useSurveyResponses } from '../api/get-survey-responses';
import { useSurveySummary } from '../api/get-survey-summary';
import { subjectFilters, toSearch } from '../lib/filters';
import type { SurveySubjectType } from '../lib/reference-data';
import { newResponseHref } from '../lib/subject-links';
import { SurveyResponsesTable } from './survey-responses-table';
import { SurveySummaryFigures } from './survey-summary-figures';

const SHOWN = 10;

type SubjectSurveyResponsesProps = {
  subjectType: SurveySubjectType;
  subjectId: number;
  /** The subject's title, shown on the form the "Add" button opens. */
  subjectTitle?: string;
};

/**
 * The survey responses about one event, peer challenge, support engagement or cohort, for its page: the summary
 * figures, the latest responses and, for LGA staff and administrators, a button to add one.
 */
export function SubjectSurveyResponses({ subjectType, subjectId, subjectTitle }: SubjectSurveyResponsesProps) {
  const filters = subjectFilters(subjectType, subjectId);
  const summary = useSurveySummary(filters);
  const responses = useSurveyResponses(filters, SHOWN);
  const isStaff = useIsStaff();
  const error = summary.error ?? responses.error;
  const items = responses.data?.items ?? [];
  const total = responses.data?.totalItems ?? 0;

  return (
    <section aria-labelledby="subject-survey-responses-heading" data-testid="subject-survey-responses">
      <h2 className="govuk-heading-m" id="subject-survey-responses-heading">
        Survey responses
      </h2>
      {error ? <ProblemSummary error={error} /> : null}
      {summary.isPending || responses.isPending ? (
        <p className="govuk-body" role="status">
          Loading survey responses…
        </p>
      ) : null}
      {summary.data ? <SurveySummaryFigures summary={summary.data} headingLevel={3} /> : null}
      {items.length > 0 ? (
        <SurveyResponsesTable
          responses={items}
          withoutSubject
          caption={total > items.length ? `The latest ${items.length} of ${total} responses` : 'Responses, newest first'}
        />
      ) : null}
      {total > items.length ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.surveyResponses.getHref(toSearch(filters))}>
            See all {total} responses
          </Link>
        </p>
      ) : null}
      {isStaff ? (
        <ButtonLink to={newResponseHref(subjectType, subjectId, subjectTitle)} variant="secondary">
          Add a survey response
        </ButtonLink>
      ) : null}
    </section>
  );
}
