import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { deliverable, programme } from '@/testing/programme-fixtures';
import { metric } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { EditDeliverableRoute } from './deliverable-edit';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const ROUTE = '/programmes/:id/deliverables/:deliverableId/edit';
const URL_ = '/programmes/ignite/deliverables/12/edit';

function api(onWrite: (request: Request) => Promise<Response> | Response, stored = deliverable()) {
  fetchMock.mockImplementation(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') return onWrite(request);
    if (path === '/api/v1/programmes/ignite') return jsonResponse(programme());
    if (path === '/api/v1/metrics') {
      return jsonResponse([
        metric(),
        metric({ key: 'increased-confidence-chief-executives', label: 'Chief executives more confident after Ignite' }),
      ]);
    }
    if (path === '/api/v1/deliverables/12') {
      return new Response(JSON.stringify(stored), { headers: { 'Content-Type': 'application/json', ETag: '"1"' } });
    }
    return jsonResponse({}, 404);
  });
}

function puts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'PUT');
}

describe('EditDeliverableRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('starts from the target as read and saves it with If-Match', async () => {
    api(() => jsonResponse(deliverable({ targetValue: 92.5, version: 2 })));
    const user = userEvent.setup();
    const { router } = renderRoute(<EditDeliverableRoute />, { route: ROUTE, url: URL_ });

    expect(await screen.findByLabelText('Target')).toHaveValue('90');
    expect(screen.getByLabelText('A percentage')).toBeChecked();
    expect(screen.getByLabelText('Financial year')).toHaveValue('2025-26');
    expect(screen.getByLabelText('Measured by')).toHaveDisplayValue('Chief executives more confident after Ignite');
    await user.clear(screen.getByLabelText('Target'));
    await user.type(screen.getByLabelText('Target'), '92.5');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programmes/ignite'));
    expect(router.state.location.search).toBe('?financialYear=2025-26');
    const [request] = puts();
    expect(new URL(request.url).pathname).toBe('/api/v1/deliverables/12');
    expect(request.headers.get('If-Match')).toBe('"1"');
    expect(await request.json()).toEqual({
      programme: 'ignite',
      financialYear: '2025-26',
      statement: '90 per cent of chief executives report increased confidence',
      targetUnit: 'per-cent',
      targetValue: 92.5,
      metricKey: 'increased-confidence-chief-executives',
    });
  });

  it('says when someone else changed it (412) and offers to read it again', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }));
    const user = userEvent.setup();
    renderRoute(<EditDeliverableRoute />, { route: ROUTE, url: URL_ });

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    expect(document.title).toBe('Error: Change target – Sector Support');
    const reads = () => fetchMock.mock.calls.filter(([r]) => new URL(r.url).pathname === '/api/v1/deliverables/12').length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Reload the target' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('keeps a key that names no metric on show, and shows the API’s answer to saving it', async () => {
    api(
      () =>
        problemResponse(400, {
          title: 'Bad Request',
          detail: 'The request has invalid fields.',
          errors: [{ field: 'metricKey', message: 'there is no metric with key ignite-old-key' }],
        }),
      deliverable({ metricKey: 'ignite-old-key' }),
    );
    const user = userEvent.setup();
    renderRoute(<EditDeliverableRoute />, { route: ROUTE, url: URL_ });

    expect(await screen.findByLabelText('Measured by')).toHaveDisplayValue('ignite-old-key (not a metric)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('link', { name: 'Measured by there is no metric with key ignite-old-key' })).toHaveAttribute(
      'href',
      '#metricKey',
    );
  });
});
