import { SummaryList } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';

import type { Cohort } from '../api/get-cohorts';

/** The cohort's details; staff get a link to change them. */
export function CohortDetails({ cohort, canChange }: { cohort: Cohort; canChange: boolean }) {
  const change = canChange
    ? { href: paths.editCohort.getHref(cohort.id), text: 'Change', visuallyHiddenText: 'cohort details' }
    : undefined;
  return (
    <SummaryList
      rows={[
        { key: 'Programme', value: cohort.programme.name, action: change },
        { key: 'Theme', value: cohort.programme.themeLabel },
        { key: 'Financial year', value: cohort.financialYear },
        { key: 'Start date', value: formatDate(cohort.startDate) },
        { key: 'End date', value: cohort.endDate ? formatDate(cohort.endDate) : 'Not recorded' },
        { key: 'Recorded by', value: cohort.organisation.name },
        ...(cohort.externalId ? [{ key: 'Their reference', value: cohort.externalId }] : []),
      ]}
    />
  );
}

/** Counts of the cohort's enrolments. */
export function CohortFigures({ cohort }: { cohort: Cohort }) {
  const count = (n: number) => n.toLocaleString('en-GB');
  return (
    <SummaryList
      rows={[
        { key: 'Participants', value: count(cohort.participants) },
        { key: 'Enrolled', value: count(cohort.enrolled) },
        { key: 'Completed', value: count(cohort.completed) },
        { key: 'Withdrawn', value: count(cohort.withdrawn) },
        { key: 'Councils', value: count(cohort.councils) },
      ]}
    />
  );
}
