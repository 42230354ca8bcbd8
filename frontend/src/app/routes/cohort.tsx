import { useLocation, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryLink } from '@/components/history/history-link';
import { BackLink } from '@/components/ui/back-link';
import { DeleteRecord } from '@/components/ui/confirm-delete';
import { paths } from '@/config/paths';
import { useCohort } from '@/features/cohorts/api/get-cohort';
import { useDeleteCohort } from '@/features/cohorts/api/save-cohort';
import { CohortCouncils } from '@/features/cohorts/components/cohort-councils';
import { CohortDetails, CohortFigures } from '@/features/cohorts/components/cohort-summary';
import { DiversitySection } from '@/features/cohorts/components/diversity-section';
import { EnrolmentsSection } from '@/features/cohorts/components/enrolments-section';
import { enrolmentsPage } from '@/features/cohorts/lib/filters';
import { SubjectSurveyResponses } from '@/features/survey-responses/components/subject-survey-responses';
import { isApiError } from '@/lib/api/problem';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

export function CohortRoute() {
  const { id: idParam = '' } = useParams();
  const id = Number(idParam);
  const location = useLocation();
  const cohort = useCohort(id);
  const remove = useDeleteCohort(id);
  const isStaff = useIsStaff();
  const notFound = isApiError(cohort.error, 404) || !Number.isInteger(id) || id <= 0;
  const data = cohort.data?.data;

  useDocumentTitle(
    notFound ? 'Cohort not found' : cohort.error ? 'Error: Cohort' : `${data?.name ?? 'Cohort'} – Cohorts`,
  );

  const backLink = <BackLink to={paths.cohorts.getHref()}>Back to cohorts</BackLink>;

  if (notFound) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Cohort not found</h1>
        <p className="govuk-body">There is no cohort {idParam}. It may have been deleted.</p>
      </>
    );
  }
  if (cohort.error || !data) {
    return (
      <>
        {backLink}
        {cohort.error ? <ProblemSummary error={cohort.error} /> : null}
        <h1 className="govuk-heading-l">Cohort</h1>
        {cohort.error ? null : (
          <p className="govuk-body" role="status">
            Loading cohort…
          </p>
        )}
      </>
    );
  }

  return (
    <>
      {backLink}
      <span className="govuk-caption-l">{data.programme.name}</span>
      <h1 className="govuk-heading-l">{data.name}</h1>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Details</h2>
          <CohortDetails cohort={data} canChange={isStaff} />
          <h2 className="govuk-heading-m">Figures</h2>
          <div data-testid="cohort-figures">
            <CohortFigures cohort={data} />
          </div>
        </div>
      </div>

      <CohortCouncils id={data.id} />
      <EnrolmentsSection id={data.id} page={enrolmentsPage(location.search)} canManage={isStaff} />
      <DiversitySection id={data.id} />

      <SubjectSurveyResponses subjectType="cohort" subjectId={data.id} subjectTitle={data.name} />

      {isStaff ? (
        <>
          <HistoryLink to={paths.cohortHistory.getHref(data.id)} />
          <DeleteRecord
            noun="cohort"
            mutation={remove}
            etag={cohort.data?.etag ?? ''}
            onReload={() => void cohort.refetch()}
            done={{ to: paths.cohorts.getHref(), notice: `Cohort deleted: ${data.name}` }}
          >
            Delete the cohort “{data.name}”
            {data.participants > 0
              ? ` and its ${data.participants} ${data.participants === 1 ? 'enrolment' : 'enrolments'}`
              : ''}
            ? The change histories are kept. A cohort with survey responses cannot be deleted.
          </DeleteRecord>
        </>
      ) : null}
    </>
  );
}
