import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse } from '@/testing/fixtures';
import { importSummary, organisationPage } from '@/testing/import-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ImportRoute } from './import';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['analyst']) }, isAuthenticated: true }),
}));

const TOKEN = vi.hoisted(() => 'token-for-the-csv');
vi.mock('@/lib/auth', () => ({ getAccessToken: async () => TOKEN }));

/** Answers the import's reads with `reads` in turn (the last one again and again). */
function api(reads: Response[] | (() => Response)) {
  let read = 0;
  fetchMock.mockImplementation(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/v1/organisations') return jsonResponse(organisationPage());
    if (pathname === '/api/v1/imports/4127/errors.csv') {
      return new Response('row,externalId,field,message\n3,SB-2025-07,startDate,is required\n', {
        headers: { 'Content-Type': 'text/csv' },
      });
    }
    if (pathname === '/api/v1/imports/4127') {
      if (typeof reads === 'function') return reads();
      return reads[Math.min(read++, reads.length - 1)].clone();
    }
    return jsonResponse({}, 404);
  });
}

function importReads() {
  return fetchMock.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/imports/4127').length;
}

describe('ImportRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });
  afterEach(() => {
    // jsdom has no object URLs; the download test lends them.
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows the import’s counts, details, rejected rows and receipt', async () => {
    api([jsonResponse(importSummary())]);
    renderRoute(<ImportRoute />, { route: '/imports/:id', url: '/imports/4127' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Import 4127' })).toBeInTheDocument();
    expect(screen.getByText('Events for Solace')).toBeInTheDocument();
    expect(document.title).toBe('Import 4127 – Imports – Sector Support');
    const counts = screen.getByTestId('import-counts');
    expect(within(counts).getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Received',
      'Created',
      'Updated',
      'Unchanged',
      'Rejected',
      'Withdrawn',
    ]);
    expect(within(counts).getAllByRole('definition').map((value) => value.textContent)).toEqual(['2', '1', '0', '0', '1', '0']);
    expect(screen.getByText('Completed')).toHaveClass('govuk-tag--green');
    expect(screen.getByText('Partial')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Problems with rejected rows (1)' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Row',
      'External id',
      'Field',
      'Message',
    ]);
    expect(within(within(table).getAllByRole('row')[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '3',
      'SB-2025-07',
      'startDate',
      'is required',
    ]);

    const receipt = screen.getByTestId('receipt');
    expect(receipt.tagName).toBe('DETAILS');
    expect(within(receipt).getByText('Receipt')).toBeInTheDocument();
    expect(receipt).toHaveTextContent('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
    expect(receipt).toHaveTextContent('3q2-7wK2bG0mJ2p4c9kq1WcUq4mM0a7Qm1c9bJvXb2o');
    expect(screen.queryByTestId('withdrawals')).not.toBeInTheDocument();
  });

  it('downloads the rejected rows as CSV with the bearer token', async () => {
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:rejected-rows');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    api([jsonResponse(importSummary())]);
    const user = userEvent.setup();
    renderRoute(<ImportRoute />, { route: '/imports/:id', url: '/imports/4127' });

    const link = await screen.findByRole('link', { name: 'Download the rejected rows as CSV' });
    expect(link).toHaveAttribute('href', '/api/v1/imports/4127/errors.csv');
    await user.click(link);

    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    const request = fetchMock.mock.calls.map(([r]) => r).find((r) => r.url.endsWith('/errors.csv'));
    expect(request?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(await createObjectURL.mock.calls[0][0].text()).toContain('3,SB-2025-07,startDate,is required');
    const saved = clicked.mock.contexts.find((anchor) => (anchor as HTMLAnchorElement).href === 'blob:rejected-rows');
    expect((saved as HTMLAnchorElement).download).toBe('import-4127-rejected-rows.csv');
    clicked.mockRestore();
  });

  it('polls a running import every second with a progress bar, and stops when it has finished', async () => {
    const running = importSummary({
      status: 'running',
      received: 6000,
      processed: 1500,
      created: 0,
      rejected: 0,
      errors: [],
      completedAt: undefined,
      receipt: undefined,
    });
    api([
      jsonResponse(running),
      jsonResponse({ ...running, processed: 4500 }),
      jsonResponse(importSummary({ received: 6000, processed: 6000, created: 6000, rejected: 0, errors: [] })),
    ]);
    renderRoute(<ImportRoute />, { route: '/imports/:id', url: '/imports/4127' });

    const progress = await screen.findByRole('progressbar', { name: 'Progress' });
    expect(progress).toHaveAttribute('aria-valuemin', '0');
    expect(progress).toHaveAttribute('aria-valuemax', '6000');
    expect(progress).toHaveAttribute('aria-valuenow', '1500');
    expect(screen.getByText('1,500 of 6,000 rows checked (25%)')).toBeInTheDocument();
    expect(screen.getByText('Running')).toHaveClass('govuk-tag--blue');
    expect(screen.getByText('No rows have been rejected so far.')).toBeInTheDocument();

    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', '4500'), { timeout: 3000 });
    await waitFor(() => expect(screen.getByText('Completed')).toBeInTheDocument(), { timeout: 3000 });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('No rows were rejected.')).toBeInTheDocument();
    const reads = importReads();
    expect(reads).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(importReads()).toBe(reads);
  });

  it('says why a failed import failed, and lists what a complete-set push withdrew', async () => {
    api([
      jsonResponse(
        importSummary({
          status: 'failed',
          failureReason: 'The service stopped while the import ran; nothing of it was written. Push the same body again.',
          withdrawn: 1,
          withdrawals: [{ id: 311, externalId: 'SB-2024-017' }],
          errors: [],
          receipt: undefined,
        }),
      ),
    ]);
    renderRoute(<ImportRoute />, { route: '/imports/:id', url: '/imports/4127' });

    expect(await screen.findByTestId('failure-reason')).toHaveTextContent(
      'The import failed. The service stopped while the import ran; nothing of it was written. Push the same body again.',
    );
    expect(screen.getByText('Failed')).toHaveClass('govuk-tag--red');
    const withdrawals = within(screen.getByTestId('withdrawals')).getByRole('table', { name: 'Withdrawn (1)' });
    expect(within(withdrawals).getAllByRole('row')[1]).toHaveTextContent('311SB-2024-017');
    expect(screen.queryByTestId('receipt')).not.toBeInTheDocument();
  });

  it('says when there is no such import', async () => {
    api(() => jsonResponse({ type: 'about:blank', status: 404, title: 'Not Found' }, 404, 'application/problem+json'));
    renderRoute(<ImportRoute />, { route: '/imports/:id', url: '/imports/4127' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Import not found' })).toBeInTheDocument();
    expect(document.title).toBe('Import not found – Sector Support');
  });
});
