import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { councilPage, councilSummary, jsonResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { CouncilsRoute } from './councils';

// The API client keeps the fetch it was created with, so replace it before any import.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

describe('CouncilsRoute', () => {
  beforeEach(() => fetchMock.mockReset());

  it('asks the API for the filters in the URL and shows the page it returns', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(councilPage([councilSummary()], { page: 2, totalItems: 26, totalPages: 2 })),
    );

    renderRoute(<CouncilsRoute />, { url: '/councils?q=Cumb&status=all&page=2' });

    expect(await screen.findByText('Showing 26 to 26 of 26 councils')).toBeInTheDocument();
    const request = fetchMock.mock.calls[0][0];
    const url = new URL(request.url);
    expect(url.pathname).toBe('/api/v1/councils');
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'all', q: 'Cumb', page: '2', size: '25' });

    expect(screen.getByRole('link', { name: 'Cumberland' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Cumb');
    expect(screen.getByLabelText('Status')).toHaveValue('all');
    const pagination = screen.getByRole('navigation', { name: 'Councils pages' });
    expect(within(pagination).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'href',
      '/councils?status=all&q=Cumb',
    );
    expect(document.title).toBe('Councils – Sector Support');
  });

  it('puts the submitted filters in the URL, back on page 1, and fetches them', async () => {
    fetchMock.mockImplementation(async () =>
      jsonResponse(councilPage([councilSummary()], { totalItems: 1, totalPages: 1 })),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<CouncilsRoute />, { url: '/councils?page=3' });
    await screen.findByText(/Showing/);

    await user.type(screen.getByLabelText('Name'), 'Cumb');
    await user.selectOptions(screen.getByLabelText('Region'), 'North West');
    await user.selectOptions(screen.getByLabelText('Status'), 'All councils');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?region=north-west&status=all&q=Cumb'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const url = new URL(fetchMock.mock.calls[1][0].url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      region: 'north-west',
      status: 'all',
      q: 'Cumb',
      page: '1',
      size: '25',
    });
  });

  it('shows an API problem in the error summary, linked to the filter in error', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'Invalid filter',
          errors: [{ field: 'region', message: 'must be one of: north-east, north-west, london' }],
        },
        400,
        'application/problem+json',
      ),
    );

    renderRoute(<CouncilsRoute />, { url: '/councils?region=atlantis' });

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Region must be one of: north-east, north-west, london' }),
    ).toHaveAttribute('href', '#region');
    expect(screen.getByText(/Region must be one of/, { selector: '.govuk-error-message' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(document.title).toBe('Error: Councils – Sector Support');
  });
});
