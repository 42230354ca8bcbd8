import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse } from '@/testing/fixtures';
import { peerChallengeReport } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ReportPeerChallengesRoute } from './report-peer-challenges';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['analyst']) }, isAuthenticated: true }),
}));

describe('ReportPeerChallengesRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (request) => {
      const url = new URL(request.url);
      const year = url.pathname.split('/').pop() ?? '';
      return jsonResponse(peerChallengeReport({ financialYear: year }));
    });
  });

  it('shows the counts by type, the shares, peer days and saving, diversity in aggregate and coverage', async () => {
    renderRoute(<ReportPeerChallengesRoute />, { route: '/reports/:year/peer-challenges', url: '/reports/2024-25/peer-challenges' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Peer challenge report 2024-25' })).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Headline figures' });
    const value = (key: string) => screen.getByText(key).nextSibling;
    expect(value('Councils engaged in a CPC, FPC or GPC')).toHaveTextContent('67');
    expect(value('Report and action plan published within five months')).toHaveTextContent('100 per cent (41 of 41)');
    expect(value('Councils satisfied')).toHaveTextContent('96 per cent (96 of 100)');
    expect(value('Councils saying it had a positive impact')).toHaveTextContent('No figure: none to take a percentage of');
    expect(value('Peer days')).toHaveTextContent('1,500 days, saving the sector c. £1.5 million');

    expect(screen.getByRole('table', { name: 'Peer challenges delivered in 2024-25, by type' })).toHaveTextContent('Corporate Peer Challenge41');
    const sex = within(screen.getByRole('table', { name: 'Peers by sex' })).getAllByRole('row').slice(1);
    expect(sex.map((row) => row.textContent)).toEqual(['Female160', 'Male148', 'Prefer not to sayfewer than 5']);
    expect(screen.getByRole('table', { name: 'Peers by ethnic group' })).toHaveTextContent('Mixed or multiple ethnic groupsfewer than 5');
    expect(screen.getByText(/312 peers served on the year’s teams/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Coverage by region, five years to 31 March 2025' })).toHaveTextContent('North West393385 per cent');
    expect(screen.getByRole('table', { name: 'Coverage by council type, five years to 31 March 2025' })).toHaveTextContent(
      'Unitary authority625081 per cent',
    );
    expect(new URL(fetchMock.mock.calls[0][0].url).search).toBe('?councils=as-at');
  });

  it('shows another year, counting today’s councils, once chosen', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<ReportPeerChallengesRoute />, {
      route: '/reports/:year/peer-challenges',
      url: '/reports/2024-25/peer-challenges',
    });
    await screen.findByRole('heading', { name: 'Headline figures' });
    await user.selectOptions(screen.getByLabelText('Financial year'), '2023-24');
    await user.click(screen.getByLabelText('Today’s councils'));
    await user.click(screen.getByRole('button', { name: 'Show the report' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/2023-24/peer-challenges'));
    expect(router.state.location.search).toBe('?councils=current');
    expect(await screen.findByRole('heading', { level: 1, name: 'Peer challenge report 2023-24' })).toBeInTheDocument();
    await waitFor(() => expect(new URL(fetchMock.mock.calls.at(-1)![0].url).pathname).toBe('/api/v1/reports/peer-challenges/2023-24'));
    expect(new URL(fetchMock.mock.calls.at(-1)![0].url).search).toBe('?councils=current');
  });
});
