import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { eventView, PROGRAMMES } from '@/testing/event-fixtures';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { EventsRoute } from './events';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

function eventQueries() {
  return fetchMock.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/events')
    .map((url) => Object.fromEntries(url.searchParams));
}

describe('EventsRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('asks for the filters in the URL and lists the events with their figures', async () => {
    fetchMock.mockImplementation(async (request) =>
      new URL(request.url).pathname === '/api/v1/programmes'
        ? jsonResponse({ items: PROGRAMMES, page: 1, size: 100, totalItems: 2, totalPages: 1 })
        : jsonResponse({ items: [eventView()], page: 2, size: 25, totalItems: 26, totalPages: 2 }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<EventsRoute />, {
      url: '/events?financialYear=2024-25&programme=leadership-essentials&theme=governance-and-leadership&region=west-midlands&type=masterclass&format=in-person&page=2',
    });

    const table = await screen.findByRole('table', { name: 'Events, newest first' });
    expect(eventQueries()[0]).toEqual({
      financialYear: '2024-25',
      programme: 'leadership-essentials',
      theme: 'governance-and-leadership',
      region: 'west-midlands',
      type: 'masterclass',
      format: 'in-person',
      page: '2',
      size: '25',
    });
    expect(within(table).getByRole('link', { name: 'Finance for portfolio holders' })).toHaveAttribute('href', '/events/311');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('In person, West Midlands');
    expect(screen.getByTestId('results-summary')).toHaveTextContent('Showing 26 to 26 of 26 events');
    expect(await screen.findByRole('option', { name: 'Leadership Essentials' })).toBeInTheDocument();
    expect(screen.getByLabelText('Programme')).toHaveValue('leadership-essentials');

    await user.selectOptions(screen.getByLabelText('Format'), 'Online');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe(
      '?financialYear=2024-25&programme=leadership-essentials&theme=governance-and-leadership&region=west-midlands&type=masterclass&format=online',
    );
  });

  it('shows an unknown filter value as the API explains it', async () => {
    fetchMock.mockImplementation(async (request) =>
      new URL(request.url).pathname === '/api/v1/programmes'
        ? jsonResponse({ items: PROGRAMMES, page: 1, size: 100, totalItems: 2, totalPages: 1 })
        : problemResponse(400, {
            title: 'Bad Request',
            detail: 'The request has invalid parameters.',
            errors: [{ field: 'theme', message: 'must be one of: finance, workforce' }],
          }),
    );
    renderRoute(<EventsRoute />, { url: '/events?theme=parties' });

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Theme must be one of: finance, workforce' })).toHaveAttribute(
      'href',
      '#theme',
    );
    expect(document.title).toBe('Error: Events – Sector Support');
  });
});
