import { Link } from 'react-router';

import { SummaryList, type SummaryListRow } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { formatDays } from '@/lib/format-number';
import { regionLabel } from '@/lib/reference-data';

import type { SupportEngagement } from '../api/get-support-engagements';
import { engagementTypeLabel } from '../lib/reference-data';

/** Every field of a support engagement; staff get "Change" links, and see the lead adviser and notes. */
export function SupportEngagementSummary({
  engagement,
  canChange,
}: {
  engagement: SupportEngagement;
  canChange: boolean;
}) {
  const change = (what: string): SummaryListRow['action'] =>
    canChange
      ? { href: paths.editSupportEngagement.getHref(engagement.id), text: 'Change', visuallyHiddenText: what }
      : undefined;
  const rows: SummaryListRow[] = [
    {
      key: 'Council',
      value: (
        <Link className="govuk-link" to={paths.council.getHref(engagement.council.gssCode)}>
          {engagement.council.name}
        </Link>
      ),
      action: change('council'),
    },
    { key: 'Region', value: regionLabel(engagement.region) || 'Not recorded' },
    { key: 'Programme', value: engagement.programme.name, action: change('programme') },
    { key: 'Theme', value: engagement.programme.themeLabel },
    {
      key: 'Type of support',
      value: engagement.typeLabel ?? engagementTypeLabel(engagement.type),
      action: change('type of support'),
    },
    { key: 'Start date', value: formatDate(engagement.startDate), action: change('start date') },
    { key: 'End date', value: formatDate(engagement.endDate) || 'Continuing', action: change('end date') },
    { key: 'Financial year started', value: engagement.financialYear },
    { key: 'Days delivered', value: formatDays(engagement.daysDelivered), action: change('days delivered') },
  ];
  if (engagement.leadAdviser !== undefined || canChange) {
    rows.push({ key: 'Lead adviser', value: engagement.leadAdviser || 'Not recorded', action: change('lead adviser') });
  }
  if (engagement.notes !== undefined || canChange) {
    rows.push({ key: 'Notes', value: engagement.notes || 'None', action: change('notes') });
  }
  rows.push({ key: 'Organisation', value: engagement.organisation.name });
  if (engagement.externalId) {
    rows.push({ key: 'External reference', value: engagement.externalId });
  }
  return <SummaryList rows={rows} />;
}
