import { Table } from '@/components/ui/table';

import type { AuditEntry } from '@/lib/api/history';

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** "3 February 2025, 10:15am" in UK time. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return when.format(date).replace(' am', 'am').replace(' pm', 'pm');
}

const ACTIONS: Record<string, string> = {
  created: 'Recorded',
  updated: 'Details changed',
  transition: 'Status changed',
  deleted: 'Deleted',
  'team-member-added': 'Peer added to the team',
  'team-member-changed': 'Team member changed',
  'team-member-removed': 'Peer taken off the team',
};

/** "status: requested → scoped", "onSiteEndDate: (none) → 2025-03-13". */
export function describeChange(change: AuditEntry['changes'][number]): string {
  const from = change.from ?? '(none)';
  const to = change.to ?? '(none)';
  return change.from === undefined ? `${change.field}: ${to}` : `${change.field}: ${from} → ${to}`;
}

export function HistoryTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table
      caption="Changes, oldest first"
      captionSize="s"
      rows={entries}
      rowKey={(entry) => `${entry.occurredAt}-${entry.action}-${entry.version ?? ''}-${entry.changes.length}`}
      columns={[
        { header: 'When', cell: (entry) => formatWhen(entry.occurredAt) },
        { header: 'Who', cell: (entry) => entry.actor },
        { header: 'What', cell: (entry) => ACTIONS[entry.action] ?? entry.action },
        {
          header: 'Changes',
          cell: (entry) => (
            <ul className="govuk-list govuk-!-font-size-16">
              {entry.changes.map((change, index) => (
                <li key={`${change.field}-${index}`}>{describeChange(change)}</li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
