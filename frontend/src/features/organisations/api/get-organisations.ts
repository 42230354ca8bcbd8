import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

export async function getOrganisations() {
  const { data, error, response } = await api.GET('/api/v1/organisations', {
    params: { query: { page: 1, size: 100 } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type OrganisationPage = Awaited<ReturnType<typeof getOrganisations>>;
export type Organisation = NonNullable<OrganisationPage['items']>[number];

export const getOrganisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations'],
    queryFn: getOrganisations,
  });

export function useOrganisations() {
  return useQuery(getOrganisationsQueryOptions());
}

/** The organisations as select options, and an organisation's name from its id (the id until they have loaded). */
export function useOrganisationNames() {
  const organisations = useOrganisations();
  const items = organisations.data?.items ?? [];
  const names = new Map(items.map((organisation) => [organisation.id, organisation.name]));
  return {
    options: items.map((organisation) => ({ value: organisation.id, text: organisation.name })),
    nameOf: (id: string) => names.get(id) ?? id,
    isPending: organisations.isPending,
    error: organisations.error,
  };
}
