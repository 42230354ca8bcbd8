import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { Button, ButtonLink } from '@/components/ui/button';
import { Select } from '@/components/ui/form-fields';
import { Table } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { paths } from '@/config/paths';
import { fieldErrorsFor } from '@/lib/api/problem';
import { recentFinancialYears } from '@/lib/financial-year';

import { useCouncilTimeline, type TimelineEntry } from '../api/get-council-timeline';
import { entryHref, entryWhen, groupByFinancialYear, predecessorLabel } from '../lib/timeline';

export const TIMELINE_SECTION_ID = 'support-received';
const FILTER_FIELDS = { financialYear: { id: 'timelineFinancialYear', label: 'Financial year' } };

const KIND_COLOURS = {
  'peer-challenge': 'blue',
  'support-engagement': 'green',
  cohort: 'purple',
  event: 'turquoise',
} as const;

/** How far back the year filter reaches: the sector support records start in 2012-13. */
const YEARS_BACK = 12;

type CouncilTimelineProps = {
  gssCode: string;
  councilName: string;
  /** The year filter, from the page's address; none for every year. */
  financialYear?: string;
  /** Whether to offer recording a support engagement (staff, for a council that still exists). */
  canRecord: boolean;
  today?: Date;
};

/** "Support received": everything the council received, grouped by financial year, newest first. */
export function CouncilTimeline({ gssCode, councilName, financialYear, canRecord, today = new Date() }: CouncilTimelineProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const timeline = useCouncilTimeline(gssCode, { financialYear });
  const errors = fieldErrorsFor(timeline.error, FILTER_FIELDS);

  const years = recentFinancialYears(today, YEARS_BACK);
  if (financialYear && !years.includes(financialYear)) years.push(financialYear);

  // The year goes in the address (so the view can be shared); the page comes back to this section.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const year = new FormData(event.currentTarget).get('financialYear');
    const params = new URLSearchParams(location.search);
    if (typeof year === 'string' && year) params.set('financialYear', year);
    else params.delete('financialYear');
    const search = params.toString();
    void navigate(
      { pathname: location.pathname, search: search ? `?${search}` : '', hash: `#${TIMELINE_SECTION_ID}` },
      { state: location.state },
    );
  };

  const data = timeline.error ? undefined : timeline.data;
  const groups = data ? groupByFinancialYear(data.entries) : [];

  return (
    <section
      id={TIMELINE_SECTION_ID}
      className="app-focus-target"
      tabIndex={-1}
      aria-labelledby="support-received-heading"
      data-testid="council-timeline"
    >
      <h2 className="govuk-heading-m" id="support-received-heading">
        Support received
      </h2>
      <p className="govuk-body">
        Peer challenges, support engagements, programme cohorts and events that {councilName}’s people took part in,
        newest first, with those of the councils it replaced, each marked with that council’s name.
      </p>
      {timeline.error ? <ProblemSummary error={timeline.error} fields={FILTER_FIELDS} /> : null}
      <form
        method="get"
        action={paths.council.getHref(gssCode)}
        onSubmit={onSubmit}
        noValidate
        aria-label="Filter support received"
      >
        <Select
          id="timelineFinancialYear"
          name="financialYear"
          label="Financial year"
          options={[{ value: '', text: 'All years' }, ...years.map((year) => ({ value: year, text: year }))]}
          defaultValue={financialYear ?? ''}
          error={errors.financialYear}
        />
        <Button type="submit" variant="secondary">
          Show support
        </Button>
      </form>

      <div
        aria-live="polite"
        aria-busy={timeline.isFetching}
        data-loaded-year={timeline.isFetching || timeline.isPlaceholderData ? undefined : (financialYear ?? '')}
      >
        {timeline.isPending ? (
          <p className="govuk-body" role="status">
            Loading support received…
          </p>
        ) : data && groups.length === 0 ? (
          <p className="govuk-body">
            No support is recorded for this council{financialYear ? ` in ${financialYear}` : ''}.
          </p>
        ) : null}
      </div>

      {groups.map((group) => (
        <div key={group.financialYear} data-testid={`timeline-year-${group.financialYear}`}>
          <h3 className="govuk-heading-s">{group.financialYear}</h3>
          <Table
            caption={`Support received in ${group.financialYear}`}
            captionSize="hidden"
            rows={group.entries}
            rowKey={(entry) => `${entry.kind}-${entry.id}-${entry.predecessor?.gssCode ?? ''}`}
            columns={[
              { header: 'Date', cell: entryWhen },
              { header: 'Kind', cell: (entry) => <Tag colour={KIND_COLOURS[entry.kind]}>{entry.kindLabel}</Tag> },
              { header: 'Support', cell: (entry) => <EntryTitle entry={entry} /> },
              { header: 'What the council received', cell: (entry) => entry.summary },
              { header: 'Delivered by', cell: (entry) => entry.organisation.name },
            ]}
          />
        </div>
      ))}

      {canRecord ? (
        <ButtonLink
          variant="secondary"
          to={paths.newSupportEngagement.getHref(`?council=${encodeURIComponent(gssCode)}`)}
        >
          Record a support engagement for this council
        </ButtonLink>
      ) : null}
    </section>
  );
}

function EntryTitle({ entry }: { entry: TimelineEntry }) {
  return (
    <>
      <Link className="govuk-link" to={entryHref(entry)}>
        {entry.title}
      </Link>
      {entry.programme && entry.programme.name !== entry.title ? (
        <span className="govuk-body-s app-timeline__programme">{entry.programme.name}</span>
      ) : null}
      {entry.predecessor ? (
        <span className="app-timeline__predecessor">
          <Tag colour="grey">{predecessorLabel(entry.predecessor)}</Tag>
        </span>
      ) : null}
    </>
  );
}
