import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { attendance, attendancePage, eventView } from '@/testing/event-fixtures';
import { accessToken, jsonResponse, noSurveyResponses, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { EventRoute } from './event';
import { EventsRoute } from './events';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

const DURHAM = { gssCode: 'E06000047', name: 'County Durham' };
const BOOKED_ONLY = attendance({
  id: 5121,
  council: { gssCode: 'E08000021', name: 'Newcastle upon Tyne' },
  attendeeRole: 'officer',
  attendeeRoleLabel: 'Officer',
  attendeeKey: 'bk-20419',
  attended: false,
  version: 4,
});

/** Answers the page's reads (the event's figures from `events`, one per read); `onWrite` answers the writes. */
function api(onWrite: (request: Request) => Promise<Response> | Response, events = [eventView()]) {
  let eventReads = 0;
  fetchMock.mockImplementation(async (request: Request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === '/api/v1/events/311') {
      const event = events[Math.min(eventReads++, events.length - 1)];
      return new Response(JSON.stringify(event), {
        headers: { 'Content-Type': 'application/json', ETag: `"${event.version}"` },
      });
    }
    if (url.pathname === '/api/v1/events/311/attendances') {
      return jsonResponse(
        attendancePage([attendance(), BOOKED_ONLY], { page: Number(url.searchParams.get('page')), totalItems: 27, totalPages: 2 }),
      );
    }
    if (url.pathname === '/api/v1/events') {
      return jsonResponse({ items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 });
    }
    if (url.pathname === '/api/v1/councils') {
      return jsonResponse({ items: [DURHAM], page: 1, size: 10, totalItems: 1, totalPages: 1 });
    }
    return noSurveyResponses(request) ?? jsonResponse({}, 404);
  });
}

function writes() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method !== 'GET');
}

function renderEvent(url = '/events/311') {
  return renderRoute(<EventRoute />, { route: '/events/:id', url, others: [{ path: '/events', element: <EventsRoute /> }] });
}

function eventReads() {
  return fetchMock.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/events/311').length;
}

describe('EventRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('shows the details, the figures and the attendance table with paging', async () => {
    api(() => jsonResponse({}, 500), [eventView({ booked: 32, attended: 27, councilsRepresented: 19, overbooked: true })]);
    renderEvent('/events/311?page=1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Finance for portfolio holders' })).toBeInTheDocument();
    const figures = screen.getByTestId('event-figures');
    expect(within(figures).getByText('Booked').nextSibling).toHaveTextContent('32 (more than the 30 places)');
    expect(within(figures).getByText('Attended').nextSibling).toHaveTextContent('27');
    expect(within(figures).getByText('Councils represented').nextSibling).toHaveTextContent('19');
    expect(within(figures).getByText('Councillor: 1')).toBeInTheDocument();
    expect(screen.getByText('Programme').nextSibling).toHaveTextContent('Leadership Essentials');
    expect(screen.getByText('Date').nextSibling).toHaveTextContent('14 November 2024 to 15 November 2024');
    expect(screen.getByText('Region').nextSibling).toHaveTextContent('West Midlands');

    const table = await screen.findByRole('table', { name: /Bookings \(27\)/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('County Durham');
    expect(rows[0]).toHaveTextContent('Attended');
    expect(rows[1]).toHaveTextContent('Newcastle upon Tyne');
    expect(rows[1]).toHaveTextContent('Officer');
    expect(rows[1]).toHaveTextContent('Booked only');
    expect(rows[1]).toHaveTextContent('bk-20419');
    expect(screen.getByRole('navigation', { name: 'Attendance pages' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute('href', '/events/311?page=2');
  });

  it('adds a booking with a generated key and shows the new figures', async () => {
    api(
      () =>
        new Response(JSON.stringify(attendance({ id: 6000, attendeeKey: 'att-abcdefghijkl' })), {
          status: 201,
          headers: { 'Content-Type': 'application/json', ETag: '"0"' },
        }),
      [eventView(), eventView({ booked: 4, attended: 3, councilsRepresented: 3 })],
    );
    const user = userEvent.setup();
    renderEvent();

    const form = await screen.findByRole('form', { name: 'Add attendance' });
    expect(within(form).getByLabelText('Attendee key (optional)')).toHaveAccessibleDescription(
      /Leave empty and one is generated/,
    );
    await user.type(within(form).getByLabelText('Council'), 'Durh');
    await user.click(await screen.findByText('County Durham (E06000047)'));
    await user.click(within(form).getByLabelText('Councillor'));
    await user.click(within(form).getByLabelText('Yes, they attended'));
    await user.click(within(form).getByRole('button', { name: 'Add attendance' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    const [request] = writes();
    expect(new URL(request.url).pathname).toBe('/api/v1/events/311/attendances');
    expect(await request.json()).toEqual({ council: 'E06000047', attendeeRole: 'councillor', attended: true });
    expect(await screen.findByTestId('attendance-added')).toHaveTextContent('att-abcdefghijkl');
    await waitFor(() =>
      expect(within(screen.getByTestId('event-figures')).getByText('Booked').nextSibling).toHaveTextContent('4'),
    );
    expect(within(screen.getByTestId('event-figures')).getByText('Councils represented').nextSibling).toHaveTextContent('3');
  });

  it('shows the API’s errors for a booking in the error summary and on the fields', async () => {
    api(() =>
      problemResponse(409, {
        title: 'Conflict',
        detail: 'Attendee key bk-20419 is already booked on event 311 (attendance 5121); nothing was changed.',
        errors: [{ field: 'attendeeKey', message: 'is already used by another attendance on this event' }],
      }),
    );
    const user = userEvent.setup();
    renderEvent();

    const form = await screen.findByRole('form', { name: 'Add attendance' });
    await user.click(within(form).getByLabelText('Officer'));
    await user.click(within(form).getByLabelText('No, booked only'));
    await user.type(within(form).getByLabelText('Attendee key (optional)'), 'bk-20419');
    await user.click(within(form).getByRole('button', { name: 'Add attendance' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Attendee key bk-20419 is already booked on event 311');
    expect(
      within(summary).getByRole('link', { name: 'Attendee key is already used by another attendance on this event' }),
    ).toHaveAttribute('href', '#attendeeKey');
    expect(within(form).getByLabelText('Attendee key (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Attendee key is already used by another attendance on this event'),
    );
    expect(await writes()[0].json()).toEqual({ attendeeRole: 'officer', attended: false, attendeeKey: 'bk-20419' });
  });

  it('changes and removes a booking with its own ETag as If-Match', async () => {
    api((request) =>
      request.method === 'DELETE'
        ? new Response(null, { status: 204 })
        : jsonResponse({ ...BOOKED_ONLY, attended: true, version: 5 }),
    );
    const user = userEvent.setup();
    renderEvent();

    // Queries within the table: by role over the whole page is slow in jsdom.
    const table = await screen.findByRole('table', { name: /Bookings/ });
    await user.click(within(table).getByRole('button', { name: 'Change Officer bk-20419' }));
    const change = screen.getByRole('form', { name: 'Change attendance bk-20419' });
    expect(within(change).getByLabelText('No, booked only')).toBeChecked();
    await user.click(within(change).getByLabelText('Yes, they attended'));
    await user.click(within(change).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0].method).toBe('PUT');
    expect(new URL(writes()[0].url).pathname).toBe('/api/v1/events/311/attendances/5121');
    expect(writes()[0].headers.get('If-Match')).toBe('"4"');
    expect(await writes()[0].json()).toEqual({
      council: 'E08000021',
      attendeeRole: 'officer',
      attended: true,
      attendeeKey: 'bk-20419',
    });
    await waitFor(() => expect(screen.queryByRole('form', { name: /Change attendance/ })).not.toBeInTheDocument());

    await user.click(within(table).getByRole('button', { name: 'Remove Councillor att-7q2mxk4bz9ra' }));
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1].method).toBe('DELETE');
    expect(new URL(writes()[1].url).pathname).toBe('/api/v1/events/311/attendances/5120');
    expect(writes()[1].headers.get('If-Match')).toBe('"0"');
  });

  it('says when someone else changed a booking (412) and reads the list again on request', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }));
    const user = userEvent.setup();
    renderEvent();

    const table = await screen.findByRole('table', { name: /Bookings/ });
    await user.click(within(table).getByRole('button', { name: 'Remove Officer bk-20419' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    const reads = () =>
      fetchMock.mock.calls.filter(([r]) => new URL(r.url).pathname === '/api/v1/events/311/attendances').length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Reload the attendances' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows analysts the event and its attendance without the means to change them', async () => {
    roles.current = ['analyst'];
    api(() => jsonResponse({}, 500));
    renderEvent();

    await screen.findByRole('table', { name: /Bookings/ });
    expect(screen.queryByRole('form', { name: 'Add attendance' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Change/ })).not.toBeInTheDocument();
    // The API keeps the change history and deletes for staff.
    expect(screen.queryByRole('link', { name: 'See who changed what, and when' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete event' })).not.toBeInTheDocument();
  });

  it('links staff to the event’s change history', async () => {
    api(() => jsonResponse({}, 500));
    renderEvent();
    expect(await screen.findByRole('link', { name: 'See who changed what, and when' })).toHaveAttribute(
      'href',
      '/events/311/history',
    );
  });

  it('deletes the event after asking, with the ETag it read, and shows the events list with a success banner', async () => {
    api(() => new Response(null, { status: 204 }), [eventView({ version: 6 })]);
    const user = userEvent.setup();
    const { router } = renderEvent();

    await user.click(await screen.findByRole('button', { name: 'Delete event' }));
    expect(screen.getByTestId('confirm-delete')).toHaveTextContent(
      'Delete the event “Finance for portfolio holders” and its 3 attendance records? Its change history is kept.',
    );
    expect(writes()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, delete the event' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/events');
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveTextContent('Event deleted: Finance for portfolio holders');
    const [request] = writes();
    expect(request.method).toBe('DELETE');
    expect(new URL(request.url).pathname).toBe('/api/v1/events/311');
    expect(request.headers.get('If-Match')).toBe('"6"');
  });

  it('shows why an event with survey responses cannot be deleted (409), and keeps it', async () => {
    const detail =
      'Event 311 has 4 survey response(s), which would be lost with it; delete those first if the event really did not happen.';
    api(() => problemResponse(409, { title: 'Conflict', detail }));
    const user = userEvent.setup();
    const { router } = renderEvent();

    await user.click(await screen.findByRole('button', { name: 'Delete event' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the event' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent(detail);
    expect(router.state.location.pathname).toBe('/events/311');
    expect(screen.getByRole('heading', { level: 1, name: 'Finance for portfolio holders' })).toBeInTheDocument();
  });

  it('says when someone else changed the event first (412) and reads it again on request', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }), [
      eventView(),
      eventView({ capacity: 40, version: 3 }),
    ]);
    const user = userEvent.setup();
    renderEvent();

    await user.click(await screen.findByRole('button', { name: 'Delete event' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the event' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    expect(writes()[0].headers.get('If-Match')).toBe('"2"');

    const before = eventReads();
    await user.click(screen.getByRole('button', { name: 'Reload the event' }));
    await waitFor(() => expect(eventReads()).toBe(before + 1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByText('40 places', { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete event' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the event' }));
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1].headers.get('If-Match')).toBe('"3"');
  });

  it('says so when there is no such event', async () => {
    fetchMock.mockImplementation(async () => problemResponse(404, { title: 'Not Found', detail: 'There is no event with id 311.' }));
    renderEvent();
    expect(await screen.findByRole('heading', { level: 1, name: 'Event not found' })).toBeInTheDocument();
  });
});
