import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';

import type { EnrolmentCreate, EnrolmentUpdate } from '../lib/form';

export const ENROLMENTS_PAGE_SIZE = 25;

export async function getEnrolments(id: number, page: number) {
  const { data, error, response } = await api.GET('/api/v1/cohorts/{id}/enrolments', {
    params: { path: { id }, query: { page, size: ENROLMENTS_PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type EnrolmentPage = Awaited<ReturnType<typeof getEnrolments>>;
export type Enrolment = NonNullable<EnrolmentPage['items']>[number];

export function useEnrolments(id: number, page: number) {
  return useQuery({
    queryKey: ['cohorts', 'enrolments', id, page],
    queryFn: () => getEnrolments(id, page),
    enabled: Number.isInteger(id) && id > 0,
    placeholderData: keepPreviousData,
  });
}

export async function addEnrolment(id: number, body: EnrolmentCreate) {
  const { data, error, response } = await api.POST('/api/v1/cohorts/{id}/enrolments', {
    params: { path: { id } },
    body,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** `etag` is the enrolment's: its `version`, quoted, from the list it was read in. */
export async function updateEnrolment(id: number, enrolmentId: number, etag: string, body: EnrolmentUpdate) {
  const { data, error, response } = await api.PUT('/api/v1/cohorts/{id}/enrolments/{enrolmentId}', {
    params: { path: { id, enrolmentId }, header: ifMatch(etag) },
    body,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function removeEnrolment(id: number, enrolmentId: number, etag: string) {
  const { error, response } = await api.DELETE('/api/v1/cohorts/{id}/enrolments/{enrolmentId}', {
    params: { path: { id, enrolmentId }, header: ifMatch(etag) },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** An enrolment change changes the cohort's figures, councils and diversity: read them all again. */
function useInvalidateCohort(id: number) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] === 'cohorts' && (query.queryKey[1] === 'list' || query.queryKey[2] === id),
    });
}

export function useAddEnrolment(id: number) {
  const invalidate = useInvalidateCohort(id);
  return useMutation({ mutationFn: (body: EnrolmentCreate) => addEnrolment(id, body), onSuccess: invalidate });
}

export function useUpdateEnrolment(id: number) {
  const invalidate = useInvalidateCohort(id);
  return useMutation({
    mutationFn: ({ enrolmentId, etag, body }: { enrolmentId: number; etag: string; body: EnrolmentUpdate }) =>
      updateEnrolment(id, enrolmentId, etag, body),
    onSuccess: invalidate,
  });
}

export function useRemoveEnrolment(id: number) {
  const invalidate = useInvalidateCohort(id);
  return useMutation({
    mutationFn: ({ enrolmentId, etag }: { enrolmentId: number; etag: string }) =>
      removeEnrolment(id, enrolmentId, etag),
    onSuccess: invalidate,
  });
}
