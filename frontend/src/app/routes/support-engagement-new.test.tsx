import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { SupportEngagement } from '@/features/support-engagements/api/get-support-engagements';
import { councilDetail, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { NewSupportEngagementRoute } from './support-engagement-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const RUTLAND = { gssCode: 'E06000017', name: 'Rutland' };

function programme(id: string, name: string) {
  return {
    id,
    name,
    theme: 'finance' as const,
    themeLabel: 'Finance',
    funder: 'mhclg-grant' as const,
    funderLabel: 'MHCLG grant',
    deliveringOrganisation: { id: 'lga', name: 'LGA' },
    audience: 'whole-council' as const,
    audienceLabel: 'Whole council',
    activeFrom: '2018-19',
    active: true,
    version: 0,
    updatedAt: '2025-01-01T00:00:00Z',
  };
}

const PROGRAMMES = [programme('mentoring', 'Member mentoring'), programme('targeted-finance-support', 'Targeted finance support')];

function saved(overrides: Partial<SupportEngagement> = {}): SupportEngagement {
  return {
    id: 99,
    programme: { id: 'targeted-finance-support', name: 'Targeted finance support', theme: 'finance', themeLabel: 'Finance' },
    council: RUTLAND,
    region: 'east-midlands',
    type: 'targeted-finance-support',
    typeLabel: 'Targeted finance support',
    startDate: '2024-06-03',
    financialYear: '2024-25',
    daysDelivered: 2.5,
    organisation: { id: 'lga', name: 'LGA' },
    version: 0,
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

/** Answers the page's reads; `onPost` answers the save. */
function api(onPost: () => Response) {
  fetchMock.mockImplementation(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') return onPost();
    if (path === '/api/v1/programmes') {
      return jsonResponse({ items: PROGRAMMES, page: 1, size: 100, totalItems: 2, totalPages: 1 });
    }
    if (path === '/api/v1/councils/E06000017') return jsonResponse(councilDetail({ ...RUTLAND, predecessors: [] }));
    if (path === '/api/v1/councils') return jsonResponse({ items: [RUTLAND], page: 1, size: 10, totalItems: 1, totalPages: 1 });
    return jsonResponse({}, 404);
  });
}

function posts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'POST');
}

describe('NewSupportEngagementRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('records an engagement for the council in the address and opens it', async () => {
    api(() => new Response(JSON.stringify(saved()), { status: 201, headers: { 'Content-Type': 'application/json', ETag: '"0"' } }));
    const user = userEvent.setup();
    const { router } = renderRoute(<NewSupportEngagementRoute />, { url: '/support-engagements/new?council=E06000017' });

    // The council from the address is shown by name once it has loaded.
    expect(await screen.findByLabelText('Council')).toHaveValue('Rutland (E06000017)');
    await user.selectOptions(screen.getByLabelText('Programme'), 'Targeted finance support');
    await user.click(screen.getByLabelText('Targeted finance support'));
    await user.type(screen.getByLabelText('Start date'), '2024-06-03');
    await user.type(screen.getByLabelText('Days delivered'), '2.5');
    await user.type(screen.getByLabelText('Lead adviser'), 'Sam Patel');
    await user.click(screen.getByRole('button', { name: 'Save support engagement' }));

    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(await posts()[0].json()).toEqual({
      council: 'E06000017',
      programme: 'targeted-finance-support',
      type: 'targeted-finance-support',
      startDate: '2024-06-03',
      daysDelivered: 2.5,
      leadAdviser: 'Sam Patel',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/support-engagements/99'));
  });

  it('shows what the API found wrong, in the summary and on each field', async () => {
    api(() =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'council', message: 'is required' },
          { field: 'endDate', message: 'must be on or after the start date' },
          { field: 'daysDelivered', message: 'must be a number of days from 0 to 500 with at most one decimal place, such as 2.5' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderRoute(<NewSupportEngagementRoute />, { url: '/support-engagements/new' });

    await user.type(await screen.findByLabelText('Start date'), '2024-06-03');
    await user.type(screen.getByLabelText('End date'), '2024-06-01');
    await user.type(screen.getByLabelText('Days delivered'), '2.55');
    await user.click(screen.getByRole('button', { name: 'Save support engagement' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'End date must be on or after the start date' })).toHaveAttribute(
      'href',
      '#endDate',
    );
    expect(within(summary).getByRole('link', { name: /^Days delivered must be a number of days/ })).toHaveAttribute(
      'href',
      '#daysDelivered',
    );
    expect(screen.getByLabelText('End date')).toHaveClass('govuk-input--error');
    expect(screen.getByLabelText('Days delivered')).toHaveAttribute('aria-describedby', 'daysDelivered-hint daysDelivered-error');
    expect(document.title).toBe('Error: Record a support engagement – Sector Support');
    // What was typed stays.
    expect(screen.getByLabelText('Days delivered')).toHaveValue('2.55');
  });
});
