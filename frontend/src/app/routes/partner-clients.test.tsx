import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { PartnerClient, PartnerClientCredentials } from '@/features/partner-clients/api/partner-clients';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { PartnerClientsRoute } from './partner-clients';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['admin'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

const ORGANISATIONS = [
  { id: 'lga', name: 'LGA', fullName: 'Local Government Association', role: 'lga' },
  { id: 'solace', name: 'Solace', fullName: 'Society of Local Authority Chief Executives', role: 'partner' },
  { id: 'cfgs', name: 'CfGS', fullName: 'Centre for Governance and Scrutiny', role: 'partner' },
  { id: 'pas', name: 'PAS', fullName: 'Planning Advisory Service', role: 'partner' },
];

function client(overrides: Partial<PartnerClient> = {}): PartnerClient {
  return { clientId: 'solace-partner', organisation: { id: 'solace', name: 'Solace' }, enabled: true, ...overrides };
}

const CFGS = client({
  clientId: 'cfgs-partner',
  organisation: { id: 'cfgs', name: 'CfGS' },
  createdAt: '2026-12-03T10:15:30Z',
  secretIssuedAt: '2026-12-03T10:15:30Z',
});

function credentials(overrides: Partial<PartnerClientCredentials> = {}): PartnerClientCredentials {
  return {
    clientId: 'cfgs-partner',
    organisation: { id: 'cfgs', name: 'CfGS' },
    secret: 'first-secret-value-0123456789',
    tokenUrl: 'http://localhost:8180/realms/sector-support/protocol/openid-connect/token',
    ...overrides,
  };
}

const page = (items: unknown[]) => ({ items, page: 1, size: 100, totalItems: items.length, totalPages: 1 });

type Handler = (request: Request, body: unknown) => Response | undefined;

function answer(clients: PartnerClient[], handler: Handler = () => undefined) {
  fetchMock.mockImplementation(async (request) => {
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const special = handler(request, text ? (JSON.parse(text) as unknown) : undefined);
    if (special) return special;
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/organisations') return jsonResponse(page(ORGANISATIONS));
    if (path === '/api/v1/partner-clients' && request.method === 'GET') return jsonResponse(page(clients));
    return problemResponse(404, { title: 'Not Found', detail: 'No such resource.' });
  });
}

function writes() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method !== 'GET');
}

describe('PartnerClientsRoute', () => {
  beforeEach(() => {
    roles.current = ['admin'];
    fetchMock.mockReset();
  });

  it('lists the partner clients and offers only partners without one', async () => {
    answer([client(), CFGS, client({ clientId: 'adass-partner', organisation: { id: 'adass', name: 'ADASS' }, enabled: false })]);
    renderRoute(<PartnerClientsRoute />, { url: '/partner-clients' });

    const table = await screen.findByRole('table', { name: 'Partner clients' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('solace-partnerSolaceEnabledDefined in the realm fileNot known');
    expect(rows[2]).toHaveTextContent('cfgs-partnerCfGSEnabled3 December 20263 December 2026');
    expect(within(rows[3]).getByText('Disabled')).toBeInTheDocument();
    expect(within(rows[3]).getByRole('button', { name: 'Enable adass-partner' })).toBeInTheDocument();
    expect(within(rows[1]).getByRole('button', { name: 'Disable solace-partner' })).toBeInTheDocument();

    const select = await screen.findByLabelText('Organisation');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose an organisation',
      'PAS',
    ]);
  });

  it('onboards a partner and shows its secret once, with a warning, until the admin has copied it', async () => {
    const user = userEvent.setup();
    answer([client()], (request, body) =>
      request.method === 'POST' && new URL(request.url).pathname === '/api/v1/partner-clients'
        ? jsonResponse({ ...credentials(), organisation: { id: (body as { organisation: string }).organisation, name: 'CfGS' } }, 201)
        : undefined,
    );
    renderRoute(<PartnerClientsRoute />, { url: '/partner-clients' });

    await user.selectOptions(await screen.findByLabelText('Organisation'), 'CfGS');
    await user.click(screen.getByRole('button', { name: 'Onboard partner' }));

    const panel = await screen.findByTestId('secret-panel');
    expect(panel).toHaveFocus();
    expect(within(panel).getByRole('heading', { name: 'CfGS is onboarded: its client secret is below' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('It will not be shown again');
    expect(within(panel).getByLabelText('Client secret')).toHaveValue('first-secret-value-0123456789');
    expect(within(panel).getByLabelText('Client secret')).toHaveAttribute('readonly');
    expect(within(panel).getByTestId('new-client-id')).toHaveTextContent('cfgs-partner');
    expect(await writes()[0].clone().json()).toEqual({ organisation: 'cfgs' });

    await user.click(within(panel).getByRole('button', { name: 'I have copied the secret' }));
    expect(screen.queryByTestId('secret-panel')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('first-secret-value-0123456789')).not.toBeInTheDocument();
  });

  it('asks for an organisation before sending anything, and shows the API’s refusal', async () => {
    const user = userEvent.setup();
    answer([client()], (request) =>
      request.method === 'POST'
        ? problemResponse(409, {
            title: 'Conflict',
            detail: 'CfGS already has a partner client (cfgs-partner). Rotate its secret, or enable it, instead.',
            errors: [{ field: 'organisation', message: 'already has a partner client' }],
          })
        : undefined,
    );
    renderRoute(<PartnerClientsRoute />, { url: '/partner-clients' });

    await user.click(await screen.findByRole('button', { name: 'Onboard partner' }));
    expect(await screen.findByRole('link', { name: 'Choose the organisation to onboard' })).toHaveAttribute('href', '#organisation');
    expect(writes()).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('Organisation'), 'CfGS');
    await user.click(screen.getByRole('button', { name: 'Onboard partner' }));
    const summary = await screen.findByText(/CfGS already has a partner client/);
    expect(summary).toBeInTheDocument();
    expect(screen.getAllByText(/Organisation already has a partner client/).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('secret-panel')).not.toBeInTheDocument();
  });

  it('rotates a secret only once the admin confirms, then shows the new one', async () => {
    const user = userEvent.setup();
    answer([CFGS], (request) =>
      request.method === 'POST' && new URL(request.url).pathname === '/api/v1/partner-clients/cfgs-partner/secret'
        ? jsonResponse(credentials({ secret: 'second-secret-value-9876543210' }))
        : undefined,
    );
    renderRoute(<PartnerClientsRoute />, { url: '/partner-clients' });

    await user.click(await screen.findByRole('button', { name: 'Rotate secret of cfgs-partner' }));
    const question = screen.getByTestId('confirm-partner-change');
    expect(question).toHaveTextContent('Its current secret stops working at once');
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(writes()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Rotate secret of cfgs-partner' }));
    await user.click(screen.getByRole('button', { name: 'Yes, rotate the secret' }));

    const panel = await screen.findByTestId('secret-panel');
    expect(within(panel).getByRole('heading', { name: 'New secret issued for cfgs-partner' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('The old secret no longer works.');
    expect(within(panel).getByLabelText('Client secret')).toHaveValue('second-secret-value-9876543210');
    expect(writes().map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'POST /api/v1/partner-clients/cfgs-partner/secret',
    ]);
  });

  it('disables a client after confirmation and enables it again', async () => {
    const user = userEvent.setup();
    answer([CFGS, client({ clientId: 'pas-partner', organisation: { id: 'pas', name: 'PAS' }, enabled: false })], (request, body) =>
      request.method === 'PUT'
        ? jsonResponse({ ...CFGS, enabled: (body as { enabled: boolean }).enabled })
        : undefined,
    );
    renderRoute(<PartnerClientsRoute />, { url: '/partner-clients' });

    await user.click(await screen.findByRole('button', { name: 'Disable cfgs-partner' }));
    expect(screen.getByTestId('confirm-partner-change')).toHaveTextContent('Disable cfgs-partner?');
    await user.click(screen.getByRole('button', { name: 'Yes, disable the client' }));
    expect(await screen.findByText('cfgs-partner is disabled: its requests for tokens are refused.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enable pas-partner' }));
    expect(await screen.findByText('pas-partner is enabled again: its current secret works.')).toBeInTheDocument();

    const puts = writes();
    expect(puts.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/v1/partner-clients/cfgs-partner/enabled',
      '/api/v1/partner-clients/pas-partner/enabled',
    ]);
    expect(await puts[0].clone().json()).toEqual({ enabled: false });
    expect(await puts[1].clone().json()).toEqual({ enabled: true });
  });

  it('tells anyone but an administrator that the page is not for them, without calling the API', async () => {
    roles.current = ['staff'];
    answer([client()]);
    renderRoute(<PartnerClientsRoute />, { url: '/partner-clients' });

    expect(await screen.findByText('Only administrators can onboard partners and manage their clients.')).toBeInTheDocument();
    await waitFor(() => expect(fetchMock).not.toHaveBeenCalled());
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
