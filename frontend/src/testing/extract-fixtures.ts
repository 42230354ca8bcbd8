import type { ExtractDataset } from '@/features/extracts/api/get-extracts';

// As GET /api/v1/extracts gives them (absent optional fields left out, as the API leaves them out).

export function surveyResponsesDataset(overrides: Partial<ExtractDataset> = {}): ExtractDataset {
  return {
    name: 'survey-responses',
    description: 'Feedback on events, peer challenges, engagements and cohorts',
    columns: [
      { name: 'id', type: 'integer', description: 'Response id' },
      { name: 'council', type: 'string', description: 'GSS code of the council of the respondent' },
      { name: 'satisfaction', type: 'integer', description: '1 very dissatisfied to 5 very satisfied' },
      { name: 'submittedDate', type: 'date', description: 'When given' },
    ],
    rows: 5609,
    lastChangedAt: '2026-11-30T09:15:02.417Z',
    incremental: true,
    filters: ['financialYear', 'programme', 'theme', 'region', 'council'],
    href: '/api/v1/extracts/survey-responses',
    formats: ['ndjson', 'csv', 'json'],
    ...overrides,
  };
}

export const councilsDataset = surveyResponsesDataset({
  name: 'councils',
  description: 'Every English council since 2012, with reorganisations',
  columns: [
    { name: 'gssCode', type: 'string', description: 'GSS code, such as E06000047' },
    { name: 'name', type: 'string', description: 'Name' },
  ],
  rows: 412,
  lastChangedAt: undefined,
  incremental: false,
  filters: ['council', 'region'],
  href: '/api/v1/extracts/councils',
});

export const organisationsDataset = surveyResponsesDataset({
  name: 'organisations',
  description: 'The LGA and its delivery partners',
  columns: [{ name: 'id', type: 'string', description: 'Organisation id' }],
  rows: 8,
  lastChangedAt: undefined,
  incremental: false,
  filters: [],
  href: '/api/v1/extracts/organisations',
});

export const catalogue = () => [councilsDataset, organisationsDataset, surveyResponsesDataset()];

export const PROGRAMMES = [
  { id: 'leadership-academy', name: 'Leadership Academy', theme: 'governance-and-leadership' },
  { id: 'springboard', name: 'Springboard', theme: 'workforce' },
];

export const programmePage = () => ({ items: PROGRAMMES, page: 1, size: 100, totalItems: 2, totalPages: 1 });
