import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { ORGANISATIONS, page, programme } from '@/testing/programme-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ProgrammesRoute } from './programmes';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

function programmeQueries() {
  return fetchMock.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/programmes');
}

describe('ProgrammesRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('lists the programmes the URL’s filters select, with every column', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/organisations') return jsonResponse(ORGANISATIONS);
      return jsonResponse(
        page(
          [
            programme(),
            programme({ id: 'springboard', name: 'Springboard', audience: 'officers', audienceLabel: 'Officers', activeFrom: '2018-19', activeTo: '2023-24', active: false }),
          ],
          { totalItems: 27, totalPages: 2 },
        ),
      );
    });
    renderRoute(<ProgrammesRoute />, { url: '/programmes?theme=workforce&organisation=solace&financialYear=2025-26' });

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Name',
      'Theme',
      'Delivering organisation',
      'Audience',
      'Funder',
      'Active years',
    ]);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Ignite',
      'Workforce',
      'Solace',
      'Chief executives',
      'Self-funded',
      '2016-17 onwards',
    ]);
    expect(within(rows[2]).getByRole('link', { name: 'Springboard' })).toHaveAttribute('href', '/programmes/springboard');
    expect(rows[2]).toHaveTextContent('2018-19 to 2023-24');
    expect(screen.getByTestId('results-summary')).toHaveTextContent('Showing 1 to 2 of 27 programmes');
    expect(screen.getByRole('navigation', { name: 'Programmes pages' })).toBeInTheDocument();

    const query = programmeQueries()[0].searchParams;
    expect(query.get('theme')).toBe('workforce');
    expect(query.get('organisation')).toBe('solace');
    expect(query.get('financialYear')).toBe('2025-26');
    expect(query.get('size')).toBe('25');
    await waitFor(() => expect(screen.getByLabelText('Delivering organisation')).toHaveValue('solace'));
    expect(screen.getByRole('button', { name: 'Add a programme' })).toHaveAttribute('href', '/programmes/new');
  });

  it('puts the chosen filters in the URL', async () => {
    fetchMock.mockImplementation(async (request) =>
      new URL(request.url).pathname === '/api/v1/organisations' ? jsonResponse(ORGANISATIONS) : jsonResponse(page([programme()])),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<ProgrammesRoute />, { url: '/programmes' });

    await screen.findByRole('table');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Solace' })).toBeInTheDocument());
    await user.type(screen.getByLabelText('Name'), 'lead');
    await user.selectOptions(screen.getByLabelText('Funder'), 'DHSC');
    await user.selectOptions(screen.getByLabelText('Delivering organisation'), 'Solace');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=lead&funder=dhsc&organisation=solace'));
  });

  it('names the filter the API rejected, linked to its field', async () => {
    fetchMock.mockImplementation(async (request) =>
      new URL(request.url).pathname === '/api/v1/organisations'
        ? jsonResponse(ORGANISATIONS)
        : problemResponse(400, {
            title: 'Bad Request',
            detail: 'The request has invalid parameters.',
            errors: [{ field: 'theme', message: 'must be one of: governance-and-leadership, finance' }],
          }),
    );
    roles.current = ['analyst'];
    renderRoute(<ProgrammesRoute />, { url: '/programmes?theme=housing' });

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^Theme must be one of/ })).toHaveAttribute('href', '#theme');
    expect(document.title).toBe('Error: Programmes – Sector Support');
    expect(screen.queryByRole('button', { name: 'Add a programme' })).not.toBeInTheDocument();
  });
});
