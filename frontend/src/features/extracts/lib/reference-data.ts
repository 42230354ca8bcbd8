import type { paths } from '@/lib/api/schema';

/** A dataset's name as the API spells it (`survey-responses`). */
export type ExtractName = paths['/api/v1/extracts/{dataset}']['get']['parameters']['path']['dataset'];
export type ExtractFormat = 'csv' | 'ndjson' | 'json';

const TITLES: Record<ExtractName, string> = {
  councils: 'Councils',
  organisations: 'Organisations',
  programmes: 'Programmes',
  deliverables: 'Deliverables',
  peers: 'Peers',
  'peer-challenges': 'Peer challenges',
  'peer-team-roles': 'Peer team roles',
  events: 'Events',
  attendances: 'Attendances',
  cohorts: 'Cohorts',
  enrolments: 'Enrolments',
  'support-engagements': 'Support engagements',
  'survey-responses': 'Survey responses',
  imports: 'Imports',
};

/** "survey-responses" → "Survey responses"; a dataset the app does not know yet by its name, made readable. */
export function datasetTitle(name: string): string {
  const known = TITLES[name as ExtractName];
  if (known) return known;
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The formats, in the order the page offers them: CSV first, for spreadsheets. */
export const FORMATS: { value: ExtractFormat; text: string; extension: string; hint: string }[] = [
  { value: 'csv', text: 'CSV', extension: 'csv', hint: 'a header row, then one row a record; opens in a spreadsheet' },
  { value: 'ndjson', text: 'NDJSON', extension: 'ndjson', hint: 'one JSON object a line; reads in a stream' },
  { value: 'json', text: 'JSON', extension: 'json', hint: 'one JSON array' },
];

export function formatOf(value: string | undefined): ExtractFormat {
  return FORMATS.find((format) => format.value === value)?.value ?? 'csv';
}

/** The filters the API knows, in the order the form shows them, with their labels. */
export const FILTERS = [
  { name: 'financialYear', label: 'Financial year' },
  { name: 'programme', label: 'Programme' },
  { name: 'theme', label: 'Theme' },
  { name: 'region', label: 'Region' },
  { name: 'council', label: 'Council GSS code' },
] as const;

export type FilterName = (typeof FILTERS)[number]['name'];

/** The label of a filter the catalogue names, or the name itself. */
export function filterLabel(name: string): string {
  return FILTERS.find((filter) => filter.name === name)?.label ?? name;
}
