import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { importSummary, organisationPage } from '@/testing/import-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ImportsRoute } from './imports';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

function importQueries() {
  return fetchMock.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/imports')
    .map((url) => Object.fromEntries(url.searchParams));
}

function api(onImports: () => Response) {
  fetchMock.mockImplementation(async (request) =>
    new URL(request.url).pathname === '/api/v1/organisations' ? jsonResponse(organisationPage()) : onImports(),
  );
}

describe('ImportsRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('asks for the filters in the URL and lists the imports with their status and counts', async () => {
    api(() =>
      jsonResponse({
        items: [importSummary({ errors: [] }), importSummary({ id: 4128, status: 'running', dryRun: true, processed: 1 })],
        page: 2,
        size: 25,
        totalItems: 27,
        totalPages: 2,
      }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<ImportsRoute />, {
      url: '/imports?dataset=events&status=completed&organisation=solace&page=2',
    });

    const table = await screen.findByRole('table', { name: 'Imports, newest first' });
    expect(importQueries()[0]).toEqual({
      dataset: 'events',
      status: 'completed',
      organisation: 'solace',
      page: '2',
      size: '25',
    });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Import',
      'Dataset',
      'Organisation',
      'Pushed by',
      'When',
      'Status',
      'Received',
      'Created',
      'Updated',
      'Unchanged',
      'Rejected',
      'Withdrawn',
    ]);
    expect(within(table).getByRole('link', { name: 'Import 4127' })).toHaveAttribute('href', '/imports/4127');
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Import 4127',
      'Events',
      'Solace',
      'staff',
      '4 July 2025 at 10:12am',
      'Completed',
      '2',
      '1',
      '0',
      '0',
      '1',
      '0',
    ]);
    expect(within(second).getByText('Running')).toHaveClass('govuk-tag', 'govuk-tag--blue');
    expect(within(second).getByText('Dry run')).toHaveClass('govuk-tag--grey');
    expect(screen.getByTestId('results-summary')).toHaveTextContent('Showing 26 to 27 of 27 imports');
    expect(screen.getByLabelText('Organisation')).toHaveValue('solace');
    expect(screen.getByRole('button', { name: 'Upload a CSV file' })).toHaveAttribute('href', '/imports/new');

    await user.selectOptions(screen.getByLabelText('Status'), 'Rejected');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?dataset=events&status=rejected&organisation=solace');
  });

  it('offers analysts the list but no upload', async () => {
    roles.current = ['analyst'];
    api(() => jsonResponse({ items: [], page: 1, size: 25, totalItems: 0, totalPages: 0 }));
    renderRoute(<ImportsRoute />, { url: '/imports' });

    expect(await screen.findByText('No imports match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload a CSV file' })).not.toBeInTheDocument();
  });

  it('shows an unknown filter value as the API explains it', async () => {
    api(() =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid parameters.',
        errors: [{ field: 'status', message: 'must be one of: running, completed, rejected, failed' }],
      }),
    );
    renderRoute(<ImportsRoute />, { url: '/imports?status=done' });

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Status must be one of: running, completed, rejected, failed' }),
    ).toHaveAttribute('href', '#status');
    expect(document.title).toBe('Error: Imports – Sector Support');
  });
});
