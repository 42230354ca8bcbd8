import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse } from '@/testing/fixtures';
import { annualReport } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ReportPrintRoute } from './report-print';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

describe('ReportPrintRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (request) => {
      const url = new URL(request.url);
      return url.pathname === '/api/v1/reports/annual/2024-25'
        ? jsonResponse(annualReport('2024-25', { councils: 'current', councilsNote: 'Councils as they are today', region: url.searchParams.get('region') as never ?? undefined }))
        : jsonResponse({}, 404);
    });
  });

  it('lays the report out as published: a title, a heading per section and each figure’s sentence', async () => {
    renderRoute(<ReportPrintRoute />, { route: '/reports/:year/print', url: '/reports/2024-25/print?councils=current' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sector support annual report 2024-25' })).toBeInTheDocument();
    expect(document.title).toBe('Sector support annual report 2024-25 – Sector Support');
    expect(screen.getByText('Our improvement support to councils from 1 April 2024 to 31 March 2025, across England.')).toBeInTheDocument();
    const query = new URL(fetchMock.mock.calls[0][0].url).searchParams;
    expect(query.get('councils')).toBe('current');

    const section = screen.getByRole('region', { name: 'Peer challenge' });
    expect(within(section).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '67 councils engaged in a corporate, finance or governance peer challenge',
      '64 corporate, finance and governance peer challenges were delivered',
      '99.6 per cent of councils published their peer challenge report and action plan within five months',
      'Peers gave 1,500 days to peer challenges, saving the sector c. £1.5 million',
      '52 per cent of officer peers identified as female',
    ]);
    // A section whose figures have no sentence is left out.
    expect(screen.queryByRole('heading', { name: 'Leadership' })).not.toBeInTheDocument();

    const targets = screen.getByRole('table', { name: 'Our targets for 2024-25' });
    const rows = within(targets).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Deliver 70 corporate, finance and governance peer challengesCorporate Peer Challenge64 of 70Not met');
    expect(rows[1]).toHaveTextContent('98 per cent against 95 per centMet');
    expect(screen.getByRole('table', { name: 'Events and delegates by theme, 2024-25' })).toHaveTextContent('Governance and leadership4129,310');
    expect(screen.getByTestId('councils-note')).toHaveTextContent(/^Councils as they are today\. Every figure is computed/);
  });

  it('prints on request, and names the region of a regional report', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderRoute(<ReportPrintRoute />, { route: '/reports/:year/print', url: '/reports/2024-25/print?region=london' });

    expect(await screen.findByText('Our improvement support to councils from 1 April 2024 to 31 March 2025, in London.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print this report' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Download the figures (CSV)' }).closest('.app-no-print')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute('href', '/reports?year=2024-25&region=london');
  });
});
