import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { summariseResults } from '@/lib/results-summary';

import type { SurveyResponse } from '../api/get-survey-responses';
import { satisfactionLabel } from '../lib/reference-data';

type SurveyResponsesTableProps = {
  responses: SurveyResponse[];
  caption: ReactNode;
  captionSize?: 's' | 'm' | 'hidden';
  /** Leave out the subject column (on the subject's own page). */
  withoutSubject?: boolean;
};

/** Survey responses, one a row; the first column links to the response. */
export function SurveyResponsesTable({ responses, caption, captionSize = 's', withoutSubject = false }: SurveyResponsesTableProps) {
  return (
    <Table
      caption={caption}
      captionSize={captionSize}
      rows={responses}
      rowKey={(response) => response.id}
      columns={[
        {
          header: 'Submitted',
          cell: (response: SurveyResponse) => (
            <Link className="govuk-link" to={paths.surveyResponse.getHref(response.id)}>
              {formatDate(response.submittedDate)}
              <span className="govuk-visually-hidden">, survey response {response.id}</span>
            </Link>
          ),
        },
        ...(withoutSubject
          ? []
          : [
              {
                header: 'About',
                cell: (response: SurveyResponse) => (
                  <>
                    <div>{response.subject.title}</div>
                    <div className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
                      {response.subject.typeLabel}
                      {response.programme ? `, ${response.programme.name}` : ''}
                    </div>
                  </>
                ),
              },
            ]),
        { header: 'Respondent', cell: (response) => response.respondentRoleLabel },
        { header: 'Council', cell: (response) => response.council?.name ?? 'Not known' },
        { header: 'Satisfaction', cell: (response) => satisfactionLabel(response.satisfaction) },
      ]}
    />
  );
}

/** "Showing 1 to 25 of 112 survey responses". */
export function resultsSummary(page: number, size: number, shown: number, totalItems: number): string {
  return summariseResults(page, size, shown, totalItems, 'survey response', 'survey responses');
}
