import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { SupportEngagementsRoute } from './support-engagements';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

const ENGAGEMENT = {
  id: 17,
  programme: { id: 'mentoring', name: 'Member mentoring', theme: 'governance-and-leadership', themeLabel: 'Governance and leadership' },
  council: { gssCode: 'E06000017', name: 'Rutland' },
  region: 'east-midlands',
  type: 'mentoring',
  typeLabel: 'Mentoring',
  startDate: '2024-06-03',
  financialYear: '2024-25',
  daysDelivered: 6.5,
  organisation: { id: 'lga', name: 'LGA' },
  version: 0,
  updatedAt: '2025-01-01T00:00:00Z',
};

describe('SupportEngagementsRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (request: Request) =>
      new URL(request.url).pathname === '/api/v1/programmes'
        ? jsonResponse({ items: [], page: 1, size: 100, totalItems: 0, totalPages: 0 })
        : jsonResponse({ items: [ENGAGEMENT], page: 2, size: 25, totalItems: 26, totalPages: 2 }),
    );
  });

  it('asks the API for the filters in the URL and shows the page it returns', async () => {
    renderRoute(<SupportEngagementsRoute />, {
      url: '/support-engagements?financialYear=2024-25&type=mentoring&council=E06000017&page=2',
    });

    expect(await screen.findByText('Showing 26 to 26 of 26 support engagements')).toBeInTheDocument();
    const list = fetchMock.mock.calls
      .map(([request]) => new URL(request.url))
      .find((url) => url.pathname === '/api/v1/support-engagements');
    expect(Object.fromEntries(list!.searchParams)).toEqual({
      financialYear: '2024-25',
      type: 'mentoring',
      council: 'E06000017',
      page: '2',
      size: '25',
    });

    const row = screen.getAllByRole('row')[1];
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/support-engagements/17');
    expect(row).toHaveTextContent('Member mentoring');
    expect(row).toHaveTextContent('from 3 June 2024 (continuing)');
    expect(row).toHaveTextContent('6.5 days');
    expect(screen.getByLabelText('Financial year started')).toHaveValue('2024-25');
    expect(screen.getByLabelText('Type of support')).toHaveValue('mentoring');
    const pagination = screen.getByRole('navigation', { name: 'Support engagements pages' });
    expect(within(pagination).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'href',
      '/support-engagements?financialYear=2024-25&type=mentoring&council=E06000017',
    );
    expect(screen.getByRole('button', { name: 'Record a support engagement' })).toHaveAttribute(
      'href',
      '/support-engagements/new',
    );
  });
});
