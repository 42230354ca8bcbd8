import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Option } from '@/components/ui/form-fields';
import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/** The programme catalogue as filter options, by name (it is a few dozen programmes: one page of 100). */
export async function getProgrammeOptions(): Promise<Option[]> {
  const { data, error, response } = await api.GET('/api/v1/programmes', { params: { query: { size: 100 } } });
  if (!data) throw toApiError(response, error);
  return (data.items ?? [])
    .map((programme) => ({ value: programme.id, text: programme.name }))
    .sort((a, b) => a.text.localeCompare(b.text, 'en-GB'));
}

export const getProgrammeOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['survey-responses', 'programme-options'], queryFn: getProgrammeOptions, staleTime: 300_000 });

export function useProgrammeOptions() {
  return useQuery(getProgrammeOptionsQueryOptions());
}
