import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { cohort, page, PROGRAMMES } from '@/testing/cohort-fixtures';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { CohortsRoute } from './cohorts';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

function cohortRequests() {
  return fetchMock.mock.calls.map(([r]) => new URL(r.url)).filter((url) => url.pathname === '/api/v1/cohorts');
}

describe('CohortsRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/programmes') return jsonResponse(page(PROGRAMMES));
      return jsonResponse(page([cohort(), cohort({ id: 13, name: 'Next Generation 2023' })], { page: 2, totalItems: 30, totalPages: 2 }));
    });
  });

  it('lists cohorts with their figures, asking the API for the filters in the address', async () => {
    renderRoute(<CohortsRoute />, { url: '/cohorts?theme=workforce&programme=ngdp&page=2' });

    const table = await screen.findByRole('table', { name: 'Cohorts, newest financial year first' });
    expect(within(table).getByRole('link', { name: 'NGDP cohort 25' })).toHaveAttribute('href', '/cohorts/12');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'NGDP cohort 25National Graduate Development Programme (Impact)2023-244 September 202332',
    );
    const url = cohortRequests()[0];
    expect(url.searchParams.get('theme')).toBe('workforce');
    expect(url.searchParams.get('programme')).toBe('ngdp');
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('size')).toBe('25');
    expect(screen.getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      '/cohorts?programme=ngdp&theme=workforce',
    );
    await waitFor(() => expect(screen.getByLabelText('Programme')).toHaveValue('ngdp'));
    expect(screen.getByRole('button', { name: 'Record a cohort' })).toHaveAttribute('href', '/cohorts/new');
  });

  it('puts the chosen filters in the address, back on page 1', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<CohortsRoute />, { url: '/cohorts?page=2' });
    await screen.findByRole('table');

    await user.type(screen.getByLabelText('Name contains'), 'cohort 25');
    await user.selectOptions(screen.getByLabelText('Theme'), 'Finance');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?theme=finance&q=cohort+25'));
  });

  it('shows a bad filter as the API named it', async () => {
    fetchMock.mockImplementation(async (request) =>
      new URL(request.url).pathname === '/api/v1/programmes'
        ? jsonResponse(page(PROGRAMMES))
        : problemResponse(400, {
            title: 'Bad Request',
            detail: 'The request has invalid parameters.',
            errors: [{ field: 'financialYear', message: 'must be a financial year such as 2023-24' }],
          }),
    );
    renderRoute(<CohortsRoute />, { url: '/cohorts?financialYear=2024' });

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Financial year must be a financial year such as 2023-24' })).toHaveAttribute(
      'href',
      '#financialYear',
    );
    expect(document.title).toBe('Error: Cohorts – Sector Support');
  });
});
