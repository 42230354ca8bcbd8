import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type PartnerClient = components['schemas']['PartnerClientView'];
export type PartnerClientCredentials = components['schemas']['PartnerClientCredentials'];

const partnerClientsKey = ['partner-clients'] as const;

/** Every partner client (there are a handful: one per partner organisation), by client id. */
export async function getPartnerClients() {
  const { data, error, response } = await api.GET('/api/v1/partner-clients', {
    params: { query: { page: 1, size: 100 } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export const getPartnerClientsQueryOptions = () =>
  queryOptions({ queryKey: partnerClientsKey, queryFn: getPartnerClients });

export function usePartnerClients() {
  return useQuery(getPartnerClientsQueryOptions());
}

/** Onboards an organisation: the answer holds its client secret, the only time the API shows it. */
export async function createPartnerClient(organisation: string): Promise<PartnerClientCredentials> {
  const { data, error, response } = await api.POST('/api/v1/partner-clients', { body: { organisation } });
  if (!data) throw toApiError(response, error);
  return data;
}

/** Issues a new secret (the old one stops working at once); the answer is the only time it is shown. */
export async function rotatePartnerClientSecret(clientId: string): Promise<PartnerClientCredentials> {
  const { data, error, response } = await api.POST('/api/v1/partner-clients/{clientId}/secret', {
    params: { path: { clientId } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function setPartnerClientEnabled(clientId: string, enabled: boolean): Promise<PartnerClient> {
  const { data, error, response } = await api.PUT('/api/v1/partner-clients/{clientId}/enabled', {
    params: { path: { clientId } },
    body: { enabled },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

function useAfterChange() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnerClientsKey });
}

export function useCreatePartnerClient() {
  const afterChange = useAfterChange();
  return useMutation({ mutationFn: createPartnerClient, onSuccess: afterChange });
}

export function useRotatePartnerClientSecret() {
  const afterChange = useAfterChange();
  return useMutation({ mutationFn: rotatePartnerClientSecret, onSuccess: afterChange });
}

export function useSetPartnerClientEnabled() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ clientId, enabled }: { clientId: string; enabled: boolean }) =>
      setPartnerClientEnabled(clientId, enabled),
    onSuccess: afterChange,
  });
}
