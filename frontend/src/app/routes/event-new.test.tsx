import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { eventView, PROGRAMMES } from '@/testing/event-fixtures';
import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { NewEventRoute } from './event-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function posts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'POST');
}

function api(onPost: () => Response) {
  fetchMock.mockImplementation(async (request) =>
    request.method === 'POST'
      ? onPost()
      : new URL(request.url).pathname === '/api/v1/programmes'
        ? jsonResponse({ items: PROGRAMMES, page: 1, size: 100, totalItems: 2, totalPages: 1 })
        : jsonResponse({}, 404),
  );
}

describe('NewEventRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('offers the programme catalogue and leaves out the region of an online event', async () => {
    api(() => jsonResponse({}, 500));
    const user = userEvent.setup();
    renderRoute(<NewEventRoute />, { url: '/events/new' });

    const programme = await screen.findByLabelText('Programme');
    expect(within(programme).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a programme',
      'Leadership Essentials',
      'Springboard',
    ]);
    expect(fetchMock.mock.calls.some(([r]) => new URL(r.url).search.includes('size=100'))).toBe(true);
    expect(screen.getByLabelText('Region')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Online'));
    expect(screen.queryByLabelText('Region')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Hybrid'));
    expect(screen.getByLabelText('Region')).toBeInTheDocument();
  });

  it('shows the API’s field errors in the error summary, each linked to its field, and on the fields', async () => {
    api(() =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'endDate', message: 'must be on or after the start date' },
          { field: 'region', message: 'is required for an in-person or hybrid event' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderRoute(<NewEventRoute />, { url: '/events/new' });

    await user.selectOptions(await screen.findByLabelText('Programme'), 'Springboard');
    await user.type(screen.getByLabelText('Title'), 'Springboard launch');
    await user.selectOptions(screen.getByLabelText('Type'), 'Conference');
    await user.click(screen.getByLabelText('In person'));
    await user.type(screen.getByLabelText('Start date'), '2025-03-12');
    await user.type(screen.getByLabelText('End date'), '2025-03-10');
    await user.type(screen.getByLabelText('Capacity (optional)'), '120');
    await user.click(screen.getByRole('button', { name: 'Save event' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'End date must be on or after the start date' })).toHaveAttribute(
      'href',
      '#endDate',
    );
    expect(
      within(summary).getByRole('link', { name: 'Region is required for an in-person or hybrid event' }),
    ).toHaveAttribute('href', '#region');
    expect(screen.getByLabelText('End date')).toHaveAccessibleDescription('Leave empty for a one-day event Error: End date must be on or after the start date');
    expect(screen.getByLabelText('Region').closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    expect(document.title).toBe('Error: Record an event – Sector Support');
    expect(await posts()[0].json()).toEqual({
      programme: 'springboard',
      title: 'Springboard launch',
      type: 'conference',
      format: 'in-person',
      startDate: '2025-03-12',
      endDate: '2025-03-10',
      capacity: 120,
    });
  });

  it('refuses a capacity that is not a whole number without sending anything', async () => {
    api(() => jsonResponse({}, 500));
    const user = userEvent.setup();
    renderRoute(<NewEventRoute />, { url: '/events/new' });

    await user.type(await screen.findByLabelText('Capacity (optional)'), 'thirty');
    await user.click(screen.getByRole('button', { name: 'Save event' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Capacity must be a whole number of places, like 30' })).toHaveAttribute(
      'href',
      '#capacity',
    );
    expect(posts()).toHaveLength(0);
  });

  it('goes to the new event once it is saved', async () => {
    api(
      () =>
        new Response(JSON.stringify(eventView({ id: 77 })), {
          status: 201,
          headers: { 'Content-Type': 'application/json', ETag: '"0"' },
        }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<NewEventRoute />, { url: '/events/new' });

    await user.selectOptions(await screen.findByLabelText('Programme'), 'Leadership Essentials');
    await user.type(screen.getByLabelText('Title'), 'Finance for portfolio holders');
    await user.selectOptions(screen.getByLabelText('Type'), 'Webinar');
    await user.click(screen.getByLabelText('Online'));
    await user.type(screen.getByLabelText('Start date'), '2025-01-22');
    await user.click(screen.getByRole('button', { name: 'Save event' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/events/77'));
    expect(await posts()[0].json()).toEqual({
      programme: 'leadership-essentials',
      title: 'Finance for portfolio holders',
      type: 'webinar',
      format: 'online',
      startDate: '2025-01-22',
    });
  });
});
