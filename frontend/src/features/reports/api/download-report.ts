import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/save-blob';

import { scopeQuery, type ReportScope } from '../lib/report-params';

/** "annual-report-2024-25.csv", "annual-report-2024-25-current-london.csv". */
export function reportCsvFilename(scope: ReportScope): string {
  const parts = ['annual-report', scope.year, scope.councils === 'current' ? 'current' : undefined, scope.region];
  return `${parts.filter(Boolean).join('-')}.csv`;
}

/** The report as CSV (one row per figure), fetched with the bearer token and saved as a file. */
export async function downloadReportCsv(scope: ReportScope): Promise<string> {
  const { data, error, response } = await api.GET('/api/v1/reports/annual/{financialYear}', {
    params: { path: { financialYear: scope.year }, query: { ...scopeQuery(scope), format: 'csv' } },
    parseAs: 'blob',
  });
  if (!data) throw toApiError(response, error);
  const filename = reportCsvFilename(scope);
  saveBlob(data as Blob, filename);
  return filename;
}

export function useDownloadReportCsv() {
  return useMutation({ mutationFn: downloadReportCsv });
}
