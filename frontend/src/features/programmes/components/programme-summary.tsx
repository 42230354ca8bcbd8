import { SummaryList, type SummaryListRow } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';

import type { Programme } from '@/lib/reference/programmes';
import { activeYears } from '../lib/form';

/** A programme's details; staff get "Change" links. */
export function ProgrammeSummary({ programme, canChange }: { programme: Programme; canChange: boolean }) {
  const change = (what: string): SummaryListRow['action'] =>
    canChange ? { href: paths.editProgramme.getHref(programme.id), text: 'Change', visuallyHiddenText: what } : undefined;
  const rows: SummaryListRow[] = [
    { key: 'Identifier', value: programme.id },
    { key: 'Theme', value: programme.themeLabel, action: change('theme') },
    { key: 'Funder', value: programme.funderLabel, action: change('funder') },
    { key: 'Delivering organisation', value: programme.deliveringOrganisation.name, action: change('delivering organisation') },
    { key: 'Audience', value: programme.audienceLabel, action: change('audience') },
    { key: 'Active years', value: activeYears(programme.activeFrom, programme.activeTo), action: change('active years') },
    { key: 'Running this financial year', value: programme.active ? 'Yes' : 'No' },
    { key: 'Description', value: programme.description ?? 'None recorded', action: change('description') },
  ];
  return <SummaryList rows={rows} />;
}
