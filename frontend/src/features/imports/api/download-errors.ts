import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/** Every problem with the import's rejected rows, as the API's CSV (it needs the bearer token, so not a plain link). */
export async function getErrorsCsv(id: number): Promise<Blob> {
  const { data, error, response } = await api.GET('/api/v1/imports/{id}/errors.csv', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  if (!data) throw toApiError(response, error);
  return data;
}
