import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { catalogue } from '@/testing/extract-fixtures';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ExtractsRoute } from './extracts';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['analyst'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

describe('ExtractsRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['analyst'];
  });

  it('lists every dataset with what it holds, its rows, its last change and whether it comes as changes only', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(catalogue()));
    renderRoute(<ExtractsRoute />, { url: '/extracts' });

    const table = await screen.findByRole('table', { name: 'Datasets (3)' });
    expect(new URL(fetchMock.mock.calls[0][0].url).pathname).toBe('/api/v1/extracts');
    expect(screen.getByRole('heading', { level: 1, name: 'Extracts' })).toBeInTheDocument();
    expect(document.title).toBe('Extracts – Sector Support');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Dataset',
      'What it holds',
      'Rows',
      'Last changed',
      'Changes only',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Councilscouncils',
      'Organisationsorganisations',
      'Survey responsessurvey-responses',
    ]);
    expect(within(rows[2]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Feedback on events, peer challenges, engagements and cohorts',
      '5,609',
      '30 November 2026 at 9:15am',
      'Yes',
    ]);
    expect(within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent).slice(1)).toEqual([
      '412',
      'Not tracked (reference data)',
      'No, always whole',
    ]);
    expect(within(table).getByRole('link', { name: 'Survey responses' })).toHaveAttribute(
      'href',
      '/extracts/survey-responses',
    );
    expect(screen.getByRole('link', { name: 'The analyst guide' })).toHaveAttribute('href', '/extracts/guide');
  });

  it('shows a failure to read the catalogue in the error summary', async () => {
    fetchMock.mockImplementation(async () => problemResponse(500, { title: 'Internal Server Error' }));
    renderRoute(<ExtractsRoute />, { url: '/extracts' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Sorry, there is a problem with the service.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(document.title).toBe('Error: Extracts – Sector Support');
  });

  it.each([['staff'], ['partner']])('tells %s the page is for analysts, without asking the API', (role) => {
    roles.current = [role];
    renderRoute(<ExtractsRoute />, { url: '/extracts' });

    expect(screen.getByRole('heading', { level: 1, name: 'Extracts' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Only analysts and administrators can download extracts.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('lists them for administrators too', async () => {
    roles.current = ['admin'];
    fetchMock.mockImplementation(async () => jsonResponse(catalogue()));
    renderRoute(<ExtractsRoute />, { url: '/extracts' });

    expect(await screen.findByRole('table', { name: 'Datasets (3)' })).toBeInTheDocument();
  });
});
