import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { deliverable, programme } from '@/testing/programme-fixtures';
import { metric } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { NewDeliverableRoute } from './deliverable-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function posts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'POST');
}

const ROUTE = '/programmes/:id/deliverables/new';

const METRICS = [
  metric(),
  metric({ key: 'increased-confidence-chief-executives', label: 'Chief executives more confident after Ignite' }),
];

/** The programme or the metrics, by path. */
function read(request: Request) {
  return new URL(request.url).pathname === '/api/v1/metrics' ? jsonResponse(METRICS) : jsonResponse(programme());
}

describe('NewDeliverableRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('sends the target for the page’s programme and year, and shows the API’s field errors', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? problemResponse(400, {
            title: 'Bad Request',
            detail: 'The request has invalid fields.',
            errors: [{ field: 'targetValue', message: 'must be 100 or less for a per-cent target' }],
          })
        : read(request),
    );
    const user = userEvent.setup();
    renderRoute(<NewDeliverableRoute />, { route: ROUTE, url: '/programmes/ignite/deliverables/new?financialYear=2024-25' });

    expect(await screen.findByLabelText('Financial year')).toHaveValue('2024-25');
    expect(screen.getByText('Ignite', { selector: '.govuk-caption-l' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Target statement'), '110 per cent of delegates satisfied');
    await user.click(screen.getByLabelText('A percentage'));
    await user.type(screen.getByLabelText('Target'), '110');
    await user.selectOptions(screen.getByLabelText('Measured by'), 'Chief executives more confident after Ignite');
    await user.click(screen.getByRole('button', { name: 'Save target' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Target must be 100 or less for a per-cent target' })).toHaveAttribute(
      'href',
      '#targetValue',
    );
    expect(screen.getByLabelText('Target').closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    expect(await posts()[0].json()).toEqual({
      programme: 'ignite',
      financialYear: '2024-25',
      statement: '110 per cent of delegates satisfied',
      targetUnit: 'per-cent',
      targetValue: 110,
      metricKey: 'increased-confidence-chief-executives',
    });
  });

  it('goes back to the programme’s targets for the saved year', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? new Response(JSON.stringify(deliverable({ financialYear: '2024-25', version: 0 })), {
            status: 201,
            headers: { 'Content-Type': 'application/json', ETag: '"0"' },
          })
        : read(request),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<NewDeliverableRoute />, {
      route: ROUTE,
      url: '/programmes/ignite/deliverables/new?financialYear=2024-25',
    });
    await user.type(await screen.findByLabelText('Target statement'), 'Place 20 chief executives');
    await user.type(screen.getByLabelText('Target'), '20');
    await user.selectOptions(screen.getByLabelText('Measured by'), 'councils-engaged-in-cpc-fpc-gpc');
    await user.click(screen.getByRole('button', { name: 'Save target' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programmes/ignite'));
    expect(router.state.location.search).toBe('?financialYear=2024-25');
    expect(await posts()[0].json()).toMatchObject({ targetUnit: 'count', targetValue: 20 });
  });
});
