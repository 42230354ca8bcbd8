import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

import type { Upload } from '../lib/upload';
import { importKey } from './get-import';
import type { ImportSummary } from './get-imports';

/**
 * Pushes a CSV file for an organisation: its bytes as they are (a byte-order mark and all, so the receipt's
 * SHA-256 is the file's) with `Content-Type: text/csv`. The answer is the summary: 200 when done, 202 for a
 * large file, which runs as a job to poll.
 */
export async function pushImport({ organisation, dataset, mode, dryRun, file }: Upload): Promise<ImportSummary> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { data, error, response } = await api.POST('/api/v1/imports/{dataset}', {
    params: { path: { dataset }, query: { organisation, mode, dryRun } },
    headers: { 'Content-Type': 'text/csv' },
    // The document types a CSV body as text; the serializer hands over the file's bytes instead.
    body: '',
    bodySerializer: () => bytes,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export function usePushImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pushImport,
    onSuccess: (summary) => {
      queryClient.setQueryData(importKey(summary.id), summary);
      return queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}
