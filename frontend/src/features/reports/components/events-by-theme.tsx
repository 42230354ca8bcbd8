import { Table } from '@/components/ui/table';

import type { ThemeActivity } from '../api/get-annual-report';
import { formatWhole } from '../lib/format-figure';

/** The year's events and delegates (attendances marked attended) by programme theme. */
export function EventsByTheme({ themes, year, headingLevel = 2 }: { themes: ThemeActivity[]; year: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="events-by-theme" className="govuk-!-margin-bottom-8 app-report-section">
      <Heading className={headingLevel === 2 ? 'govuk-heading-l' : 'govuk-heading-m'} id="events-by-theme">
        Events by theme
      </Heading>
      {themes.length === 0 ? (
        <p className="govuk-body">No events are recorded for {year}.</p>
      ) : (
        <Table<ThemeActivity>
          caption={`Events and delegates by theme, ${year}`}
          captionSize="s"
          rows={themes}
          rowKey={(theme) => theme.theme}
          columns={[
            { header: 'Theme', cell: (theme) => theme.themeLabel, rowHeader: true },
            { header: 'Events', numeric: true, cell: (theme) => formatWhole(theme.events) },
            { header: 'Delegates', numeric: true, cell: (theme) => formatWhole(theme.delegates) },
          ]}
        />
      )}
    </section>
  );
}
