import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { snapshot, snapshotDiff } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ReportSnapshotRoute } from './report-snapshot';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

function api(diff = snapshotDiff()) {
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/reports/annual/2024-25/snapshots/3') return jsonResponse(snapshot());
    if (path === '/api/v1/reports/annual/2024-25/snapshots/3/diff') return jsonResponse(diff);
    return problemResponse(404, { title: 'Not Found' });
  });
}

function renderSnapshot(url = '/reports/2024-25/snapshots/3') {
  return renderRoute(<ReportSnapshotRoute />, { route: '/reports/:year/snapshots/:id', url });
}

describe('ReportSnapshotRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('lists the figures that moved since the snapshot: then, now, the change and the records', async () => {
    api();
    renderSnapshot();

    expect(await screen.findByRole('heading', { level: 1, name: 'Snapshot 3: what has moved since' })).toBeInTheDocument();
    expect((await screen.findByText('Taken')).nextSibling).toHaveTextContent(/2 May 2025.*by staff/);
    expect(screen.getByText('Note').nextSibling).toHaveTextContent('As published in the 2024-25 annual report');
    expect(screen.getByTestId('diff-summary')).toHaveTextContent('2 figures have moved or had records change; 22 are as they were.');

    const table = screen.getByRole('table', { name: 'Figures that moved since the snapshot' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Councils engaged in a CPC, FPC or GPC67 councils68 councils+11 added, 0 removed, 1 changed');
    expect(rows[1]).toHaveTextContent('Metric edited version 1 → 2');
    expect(rows[1]).toHaveTextContent('82.1 per cent77.6 per cent−4.5 percentage points0 added, 2 removed, 0 changed');

    const engaged = screen.getByRole('region', { name: 'Councils engaged in a CPC, FPC or GPC' });
    expect(within(engaged).getByRole('heading', { name: 'Added (1)' })).toBeInTheDocument();
    expect(within(engaged).getByRole('link', { name: 'Council E06000063' })).toHaveAttribute('href', '/councils/E06000063');
    expect(within(engaged).getByRole('link', { name: 'Council E07000079' })).toHaveAttribute('href', '/councils/E07000079');
    const published = screen.getByRole('region', { name: 'Reports and action plans published within five months' });
    expect(within(published).getByRole('heading', { name: 'Removed (2, the first 1 listed)' })).toBeInTheDocument();
    expect(within(published).getByRole('link', { name: 'Peer challenge 1402' })).toHaveAttribute('href', '/peer-challenges/1402');
  });

  it('says when nothing has moved', async () => {
    api(snapshotDiff({ figures: [], unchangedFigures: 24 }));
    renderSnapshot();
    expect(await screen.findByTestId('diff-summary')).toHaveTextContent('No figure has moved since the snapshot');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when there is no such snapshot', async () => {
    api();
    renderSnapshot('/reports/2024-25/snapshots/99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Snapshot not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the annual report' })).toHaveAttribute('href', '/reports?year=2024-25#snapshots');
  });
});
