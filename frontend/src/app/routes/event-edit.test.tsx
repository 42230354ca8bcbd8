import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { eventView, PROGRAMMES } from '@/testing/event-fixtures';
import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { EditEventRoute } from './event-edit';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

/** The event as read: first version 2, then (after someone else's change) version 3. */
function api(onPut: (request: Request) => Response) {
  let reads = 0;
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'PUT') return onPut(request);
    if (path === '/api/v1/programmes') return jsonResponse({ items: PROGRAMMES, page: 1, size: 100, totalItems: 2, totalPages: 1 });
    if (path === '/api/v1/events/311') {
      const event = reads++ === 0 ? eventView() : eventView({ version: 3, title: 'Renamed by someone else' });
      return new Response(JSON.stringify(event), {
        headers: { 'Content-Type': 'application/json', ETag: `"${event.version}"` },
      });
    }
    return jsonResponse({}, 404);
  });
}

function puts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'PUT');
}

describe('EditEventRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('fills the form from the event and saves with its ETag as If-Match', async () => {
    api(() =>
      new Response(JSON.stringify(eventView({ capacity: 40, version: 3 })), {
        headers: { 'Content-Type': 'application/json', ETag: '"3"' },
      }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<EditEventRoute />, { route: '/events/:id/edit', url: '/events/311/edit' });

    expect(await screen.findByLabelText('Programme')).toHaveValue('leadership-essentials');
    expect(screen.getByLabelText('Title')).toHaveValue('Finance for portfolio holders');
    expect(screen.getByLabelText('In person')).toBeChecked();
    expect(screen.getByLabelText('End date')).toHaveValue('2024-11-15');
    expect(screen.getByLabelText('Region')).toHaveValue('west-midlands');
    const capacity = screen.getByLabelText('Capacity (optional)');
    await user.clear(capacity);
    await user.type(capacity, '40');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/events/311'));
    const [request] = puts();
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(await request.json()).toEqual({
      programme: 'leadership-essentials',
      title: 'Finance for portfolio holders',
      type: 'masterclass',
      format: 'in-person',
      startDate: '2024-11-14',
      endDate: '2024-11-15',
      region: 'west-midlands',
      venue: 'Warwick Conferences',
      capacity: 40,
    });
  });

  it('says when someone else changed the event (412) and shows their version on reload', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }));
    const user = userEvent.setup();
    renderRoute(<EditEventRoute />, { route: '/events/:id/edit', url: '/events/311/edit' });

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    await user.click(screen.getByRole('button', { name: 'Reload the event' }));

    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('Renamed by someone else'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(puts()).toHaveLength(2));
    expect(puts()[1].headers.get('If-Match')).toBe('"3"');
  });
});
