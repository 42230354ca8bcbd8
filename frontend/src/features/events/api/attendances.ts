import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import { eventKey } from './get-event';

export type AttendanceCreate = components['schemas']['AttendanceCreate'];
export type AttendanceUpdate = components['schemas']['AttendanceUpdate'];

export const ATTENDANCE_PAGE_SIZE = 25;

export async function getAttendances(eventId: number, page: number) {
  const { data, error, response } = await api.GET('/api/v1/events/{id}/attendances', {
    params: { path: { id: eventId }, query: { page, size: ATTENDANCE_PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export type AttendancePage = Awaited<ReturnType<typeof getAttendances>>;
export type Attendance = NonNullable<AttendancePage['items']>[number];

const attendancesKey = (eventId: number) => ['events', 'attendances', eventId] as const;

export const getAttendancesQueryOptions = (eventId: number, page: number) =>
  queryOptions({
    queryKey: [...attendancesKey(eventId), page],
    queryFn: () => getAttendances(eventId, page),
    staleTime: 0,
  });

export function useAttendances(eventId: number, page: number) {
  return useQuery({ ...getAttendancesQueryOptions(eventId, page), placeholderData: keepPreviousData });
}

/** An attendance's ETag, from the version the list gives (the API quotes it the same way). */
export const attendanceEtag = (attendance: Attendance) => `"${attendance.version}"`;

async function addAttendance(eventId: number, body: AttendanceCreate) {
  const { data, error, response } = await api.POST('/api/v1/events/{id}/attendances', {
    params: { path: { id: eventId } },
    body,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

async function updateAttendance(eventId: number, attendance: Attendance, body: AttendanceUpdate) {
  const { data, error, response } = await api.PUT('/api/v1/events/{id}/attendances/{attendanceId}', {
    params: {
      path: { id: eventId, attendanceId: attendance.id },
      header: ifMatch(attendanceEtag(attendance)),
    },
    body,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

async function removeAttendance(eventId: number, attendance: Attendance) {
  const { error, response } = await api.DELETE('/api/v1/events/{id}/attendances/{attendanceId}', {
    params: {
      path: { id: eventId, attendanceId: attendance.id },
      header: ifMatch(attendanceEtag(attendance)),
    },
  });
  if (!response.ok) throw toApiError(response, error);
}

/** A booking changes the event's figures: read the event and its attendances again. */
function useRefreshEvent(eventId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: eventKey(eventId) }),
      queryClient.invalidateQueries({ queryKey: attendancesKey(eventId) }),
      queryClient.invalidateQueries({ queryKey: ['events', 'list'] }),
    ]);
}

export function useAddAttendance(eventId: number) {
  const refresh = useRefreshEvent(eventId);
  return useMutation({ mutationFn: (body: AttendanceCreate) => addAttendance(eventId, body), onSuccess: refresh });
}

export function useUpdateAttendance(eventId: number) {
  const refresh = useRefreshEvent(eventId);
  return useMutation({
    mutationFn: ({ attendance, body }: { attendance: Attendance; body: AttendanceUpdate }) =>
      updateAttendance(eventId, attendance, body),
    onSuccess: refresh,
  });
}

export function useRemoveAttendance(eventId: number) {
  const refresh = useRefreshEvent(eventId);
  return useMutation({
    mutationFn: (attendance: Attendance) => removeAttendance(eventId, attendance),
    onSuccess: refresh,
  });
}
