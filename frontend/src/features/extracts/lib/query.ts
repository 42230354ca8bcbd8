import { FILTERS, formatOf, type ExtractFormat, type FilterName } from './reference-data';

/** What the form can choose: the filters, and `updatedSince` (the watermark of an earlier pull). */
export type ExtractChoices = Partial<Record<FilterName | 'updatedSince', string>>;

/** What the page needs to know of a dataset to build its query. */
export type QueryableDataset = { name: string; filters: string[]; incremental: boolean };

const CHOICE_NAMES = [...FILTERS.map((filter) => filter.name), 'updatedSince'] as const;

/** A GSS code: a country letter and eight digits (E06000047). */
const GSS_CODE = /^[EWSN]\d{8}$/;

/** The page's query string → the form's choices and the format (CSV unless it names another). */
export function parseChoices(search: string): { choices: ExtractChoices; format: ExtractFormat } {
  const params = new URLSearchParams(search);
  const choices: ExtractChoices = {};
  for (const name of CHOICE_NAMES) {
    const value = params.get(name)?.trim();
    if (value) choices[name] = value;
  }
  return { choices, format: formatOf(params.get('format') ?? undefined) };
}

/**
 * The choices that are set and apply to the dataset, in the API's order, trimmed, the council's code in capitals.
 * A filter that does not apply (kept in the URL from another dataset) is left out: the API would refuse it.
 */
export function extractQuery(dataset: QueryableDataset, choices: ExtractChoices): ExtractChoices {
  const query: ExtractChoices = {};
  for (const { name } of FILTERS) {
    const value = choices[name]?.trim();
    if (value && dataset.filters.includes(name)) query[name] = name === 'council' ? value.toUpperCase() : value;
  }
  const since = choices.updatedSince?.trim();
  if (since && dataset.incremental) query.updatedSince = since;
  return query;
}

/** "?format=csv&financialYear=2024-25": the page's address for these choices. */
export function toSearch(query: ExtractChoices, format: ExtractFormat): string {
  const params = new URLSearchParams({ format });
  for (const name of CHOICE_NAMES) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  return `?${params.toString()}`;
}

/** The API's address of the extract: `origin` + `/api/v1/extracts/survey-responses?format=csv&…`. */
export function extractUrl(origin: string, dataset: string, query: ExtractChoices, format: ExtractFormat): string {
  return `${origin.replace(/\/$/, '')}/api/v1/extracts/${encodeURIComponent(dataset)}${toSearch(query, format)}`;
}

/** "survey-responses-2024-25-london.csv": the dataset and the filters' values, then the format's extension. */
export function extractFilename(dataset: string, query: ExtractChoices, format: ExtractFormat): string {
  const parts = [dataset, ...FILTERS.map(({ name }) => query[name])];
  if (query.updatedSince) parts.push(`changes-since-${query.updatedSince}`);
  const stem = parts
    .filter((part): part is string => Boolean(part))
    .join('-')
    .replace(/[^A-Za-z0-9_-]+/g, '')
    .replace(/-+/g, '-');
  return `${stem}.${format}`;
}

/** A word for a POSIX shell, in single quotes where it needs them. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The curl command that pulls the same extract, gzip-compressed, into `filename` (`$TOKEN` holds the token). */
export function curlCommand(url: string, filename: string): string {
  return `curl -sS --compressed -H "Authorization: Bearer $TOKEN" -o ${shellWord(filename)} ${shellWord(url)}`;
}

/** What the API would accept without complaint but could not mean: a council that is not a GSS code. */
export function checkChoices(query: ExtractChoices): { field: FilterName; message: string }[] {
  if (query.council && !GSS_CODE.test(query.council)) {
    return [{ field: 'council', message: 'must be a GSS code, a letter and 8 digits such as E06000047' }];
  }
  return [];
}
