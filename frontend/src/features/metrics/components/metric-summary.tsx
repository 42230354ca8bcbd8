import { Link } from 'react-router';

import { formatWhen } from '@/components/history/history-table';
import { SummaryList, type SummaryListRow } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';
import { PARTICIPANT_ROLES, THEMES } from '@/lib/reference-data';

import type { Metric } from '../api/get-metrics';
import {
  ACTIVITIES,
  ATTRIBUTE_VALUES,
  ATTRIBUTES,
  CONDITIONS,
  ENGAGEMENT_TYPES,
  labelOf,
  METRIC_UNITS,
  PEER_CHALLENGE_TYPES,
  QUESTIONS,
  SATISFACTION_ANSWERS,
  SURVEY_SUBJECTS,
  TEAM_ROLES,
  YES_NO_ANSWERS,
} from '../lib/reference-data';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** A metric's definition, one row per filter that is set, in words. */
export function definitionRows(metric: Metric, programmeName: (id: string) => string = (id) => id): SummaryListRow[] {
  const d = metric.definition;
  const rows: SummaryListRow[] = [];
  const add = (key: string, value: string | undefined) => {
    if (value) rows.push({ key, value });
  };
  const labels = (options: { value: string; text: string }[], codes?: string[]) =>
    codes && codes.length > 0 ? codes.map((code) => labelOf(options, code)).join(', ') : undefined;
  if (d.baseMetric) {
    rows.push({
      key: 'Change of',
      value: (
        <Link className="govuk-link" to={paths.metric.getHref(d.baseMetric)}>
          {d.baseMetric}
        </Link>
      ),
    });
  }
  add('Records counted', d.activity ? labelOf(ACTIVITIES, d.activity) : undefined);
  add('Programmes', d.programmes && d.programmes.length > 0 ? d.programmes.map(programmeName).join(', ') : undefined);
  add('Theme', d.theme ? labelOf(THEMES, d.theme) : undefined);
  add('Peer challenge types', labels(PEER_CHALLENGE_TYPES, d.peerChallengeTypes));
  add('Team roles', labels(TEAM_ROLES, d.teamRoles));
  add('Roles', labels(PARTICIPANT_ROLES, d.roles));
  add('Support engagement types', labels(ENGAGEMENT_TYPES, d.engagementTypes));
  add('Survey responses about', labels(SURVEY_SUBJECTS, d.surveySubjects));
  add('Survey question', d.question ? labelOf(QUESTIONS, d.question) : undefined);
  add('Answers that count', labels(d.question === 'satisfaction' ? SATISFACTION_ANSWERS : YES_NO_ANSWERS, d.answers));
  add('Condition', d.condition ? labelOf(CONDITIONS, d.condition) : undefined);
  add(
    'Attribute',
    d.attribute
      ? `${labelOf(ATTRIBUTES, d.attribute)}: ${labelOf(ATTRIBUTE_VALUES[d.attribute] ?? [], d.attributeValue)}`
      : undefined,
  );
  add('Saving per day', d.ratePerDay === undefined ? undefined : pounds.format(d.ratePerDay));
  return rows;
}

/** A metric: what it is, what it counts, how it reads, and its version. */
export function MetricSummary({
  metric,
  programmeName,
  canChange,
}: {
  metric: Metric;
  programmeName?: (id: string) => string;
  canChange: boolean;
}) {
  const change = (text: string) =>
    canChange ? { href: paths.editMetric.getHref(metric.key), text: 'Change', visuallyHiddenText: text } : undefined;
  return (
    <SummaryList
      rows={[
        { key: 'Key', value: <code>{metric.key}</code> },
        { key: 'Label', value: metric.label, action: change('label') },
        { key: 'Section', value: `${metric.section} (position ${metric.position})`, action: change('section') },
        { key: 'Kind', value: metric.kindLabel, action: change('kind') },
        { key: 'Unit', value: labelOf(METRIC_UNITS, metric.unit) },
        ...definitionRows(metric, programmeName),
        { key: 'Sentence', value: metric.sentence, action: change('sentence') },
        { key: 'Version', value: `${metric.version}, changed ${formatWhen(metric.updatedAt)}` },
      ]}
    />
  );
}
