import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { coverageByCouncil } from '@/features/coverage-map/testing/fixtures';
import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { CoverageMapRoute } from './coverage-map';

// The API client keeps the fetch it was created with, so replace it before any import.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

describe('CoverageMapRoute', () => {
  beforeEach(() => fetchMock.mockReset());

  it('asks for every council on the date in the URL and draws them on England’s map, with the list', async () => {
    fetchMock.mockResolvedValue(jsonResponse(coverageByCouncil()));
    renderRoute(<CoverageMapRoute />, { url: '/coverage/map?asOf=2025-06-30' });

    const map = await screen.findByTestId('hex-map');
    const url = new URL(fetchMock.mock.calls[0][0].url);
    expect(url.pathname).toBe('/api/v1/peer-challenges/coverage/councils');
    expect(Object.fromEntries(url.searchParams)).toEqual({ asOf: '2025-06-30' });

    expect(screen.getByRole('heading', { level: 1, name: 'Coverage map' })).toBeInTheDocument();
    expect(document.title).toBe('Coverage map – Sector Support');
    // The real layout: 296 hexes, of which the fixture's five councils with a hex are links.
    expect(map.querySelectorAll('polygon[points]').length).toBeGreaterThanOrEqual(296);
    expect(within(map).getAllByRole('link')).toHaveLength(5);
    expect(within(map).getByRole('link', { name: /^Hartlepool: within 2 years/ })).toBeInTheDocument();
    expect(screen.getByLabelText('As of')).toHaveValue('2025-06-30');
    expect(screen.getByRole('table', { name: /^Within 2 years \(1 council\)/ })).toBeInTheDocument();
  });

  it('puts the date chosen in the URL and asks again', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(coverageByCouncil()));
    const user = userEvent.setup();
    const { router } = renderRoute(<CoverageMapRoute />, { url: '/coverage/map' });
    await screen.findByTestId('hex-map');
    expect(Object.fromEntries(new URL(fetchMock.mock.calls[0][0].url).searchParams)).toEqual({});

    await user.clear(screen.getByLabelText('As of'));
    await user.type(screen.getByLabelText('As of'), '2022-06-01');
    await user.click(screen.getByRole('button', { name: 'Show the map' }));
    await waitFor(() => expect(router.state.location.search).toBe('?asOf=2022-06-01'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(new URL(fetchMock.mock.calls[1][0].url).searchParams.get('asOf')).toBe('2022-06-01');
  });

  it('shows the API’s problem with the date in the error summary', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'Some parameters are not valid.',
        errors: [{ field: 'asOf', message: 'must be a date (YYYY-MM-DD)' }],
      }),
    );
    renderRoute(<CoverageMapRoute />, { url: '/coverage/map?asOf=30/06/2025' });
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /As of/ })).toHaveAttribute('href', '#asOf');
    expect(document.title).toBe('Error: Coverage map – Sector Support');
    expect(screen.queryByTestId('hex-map')).not.toBeInTheDocument();
  });
});
