import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema';
import { saveBlob } from '@/lib/save-blob';

import type { ExtractChoices } from '../lib/query';
import type { ExtractFormat, ExtractName } from '../lib/reference-data';

type PullQuery = NonNullable<paths['/api/v1/extracts/{dataset}']['get']['parameters']['query']>;

export type ExtractRequest = {
  dataset: string;
  query: ExtractChoices;
  format: ExtractFormat;
  /** What the browser saves the file as. */
  filename: string;
};

export type DownloadedExtract = ExtractRequest & {
  /** The `Extract-Watermark`: what to send as `updatedSince` next time. */
  watermark?: string;
  bytes: number;
};

/**
 * Pulls an extract with the bearer token (so not through a plain link) and offers it to the browser as a file.
 * The browser asks for gzip itself and undoes it.
 */
export async function downloadExtract(request: ExtractRequest): Promise<DownloadedExtract> {
  const { dataset, query, format, filename } = request;
  const { data, error, response } = await api.GET('/api/v1/extracts/{dataset}', {
    // Codes go unchecked: the API answers an unknown theme or region with a 400 naming the allowed values.
    params: { path: { dataset: dataset as ExtractName }, query: { format, ...query } as PullQuery },
    parseAs: 'blob',
  });
  if (!data) throw toApiError(response, error);
  saveBlob(data, filename);
  return { ...request, watermark: response.headers.get('Extract-Watermark') ?? undefined, bytes: data.size };
}

export function useDownloadExtract() {
  return useMutation({ mutationFn: downloadExtract });
}
