import { Link } from 'react-router';

import { SummaryList, type SummaryListRow } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { regionLabel } from '@/lib/reference-data';

import type { SurveyResponse } from '../api/get-survey-responses';
import { answerLabel, satisfactionLabel } from '../lib/reference-data';
import { subjectHref } from '../lib/subject-links';

/** Every field of a survey response; staff get "Change" links. */
export function SurveyResponseDetails({ response, canChange }: { response: SurveyResponse; canChange: boolean }) {
  const change = (what: string): SummaryListRow['action'] =>
    canChange
      ? { href: paths.editSurveyResponse.getHref(response.id), text: 'Change', visuallyHiddenText: what }
      : undefined;
  const href = subjectHref(response.subject.type, response.subject.id);
  const rows: SummaryListRow[] = [
    {
      key: 'About',
      value: (
        <>
          <Link className="govuk-link" to={href}>
            {response.subject.title}
          </Link>
          <div className="govuk-hint govuk-!-margin-bottom-0">
            {response.subject.typeLabel} {response.subject.id}
          </div>
        </>
      ),
    },
    { key: 'Programme', value: response.programme ? `${response.programme.name} (${response.programme.themeLabel})` : 'None' },
    { key: 'Respondent’s role', value: response.respondentRoleLabel, action: change('respondent’s role') },
    {
      key: 'Council',
      value: response.council ? (
        <Link className="govuk-link" to={paths.council.getHref(response.council.gssCode)}>
          {response.council.name}
        </Link>
      ) : (
        'Not known'
      ),
      action: change('council'),
    },
    ...(response.region ? [{ key: 'Region', value: regionLabel(response.region) }] : []),
    { key: 'Satisfaction', value: satisfactionLabel(response.satisfaction), action: change('satisfaction') },
    { key: 'Positive impact', value: answerLabel(response.positiveImpact), action: change('positive impact') },
    {
      key: 'Increased confidence',
      value: answerLabel(response.increasedConfidence),
      action: change('increased confidence'),
    },
    { key: 'Would recommend', value: answerLabel(response.wouldRecommend), action: change('would recommend') },
    {
      key: 'Comment',
      value: response.comment ? <p className="govuk-body app-pre-line">{response.comment}</p> : 'None',
      action: change('comment'),
    },
    { key: 'Submitted', value: formatDate(response.submittedDate), action: change('date submitted') },
    { key: 'Financial year', value: response.financialYear },
    { key: 'Organisation', value: response.organisation.name },
  ];
  if (response.externalId) rows.push({ key: 'Their reference', value: response.externalId });
  return <SummaryList rows={rows} />;
}
