import type { ImportSummary } from '@/features/imports/api/get-imports';

// Absent optional fields are left out, as the API leaves them out.

export function importSummary(overrides: Partial<ImportSummary> = {}): ImportSummary {
  return {
    id: 4127,
    dataset: 'events',
    organisation: 'solace',
    clientId: 'staff',
    status: 'completed',
    dryRun: false,
    mode: 'partial',
    received: 2,
    processed: 2,
    created: 1,
    updated: 0,
    unchanged: 0,
    rejected: 1,
    withdrawn: 0,
    errors: [{ row: 3, externalId: 'SB-2025-07', field: 'startDate', message: 'is required' }],
    withdrawals: [],
    startedAt: '2025-07-04T09:12:03Z',
    completedAt: '2025-07-04T09:12:04Z',
    receipt: {
      importId: 4127,
      dataset: 'events',
      organisation: 'solace',
      clientId: 'staff',
      bodySha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      bodyBytes: 212,
      received: 2,
      created: 1,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      withdrawn: 0,
      dryRun: false,
      completedAt: '2025-07-04T09:12:04Z',
      signature: '3q2-7wK2bG0mJ2p4c9kq1WcUq4mM0a7Qm1c9bJvXb2o',
    },
    ...overrides,
  };
}

export const ORGANISATIONS = [
  { id: 'lga', name: 'LGA', fullName: 'Local Government Association', role: 'lga' },
  { id: 'solace', name: 'Solace', fullName: 'Society of Local Authority Chief Executives and Senior Managers', role: 'partner' },
] as const;

export const organisationPage = () => ({ items: ORGANISATIONS, page: 1, size: 100, totalItems: 2, totalPages: 1 });
