import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { cohort, page, PROGRAMMES } from '@/testing/cohort-fixtures';
import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { EditCohortRoute } from './cohort-edit';
import { NewCohortRoute } from './cohort-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function writes() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method !== 'GET');
}

/** Programmes and the cohort for the reads; `onWrite` for the writes. */
function api(onWrite: (request: Request) => Promise<Response> | Response) {
  fetchMock.mockImplementation(async (request) => {
    if (request.method !== 'GET') return onWrite(request);
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/programmes') return jsonResponse(page(PROGRAMMES));
    if (path === '/api/v1/cohorts/12') {
      return new Response(JSON.stringify(cohort()), { headers: { 'Content-Type': 'application/json', ETag: '"2"' } });
    }
    return jsonResponse({}, 404);
  });
}

describe('NewCohortRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('records a cohort of a programme chosen from the catalogue and goes to it', async () => {
    api(async () =>
      new Response(JSON.stringify(cohort({ id: 77 })), { status: 201, headers: { 'Content-Type': 'application/json', ETag: '"0"' } }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute(<NewCohortRoute />, { url: '/cohorts/new' });

    await user.selectOptions(await screen.findByLabelText('Programme'), 'Next Generation');
    await user.type(screen.getByLabelText('Name'), 'Next Generation 2025');
    await user.type(screen.getByLabelText('Start date'), '2025-10-01');
    await user.click(screen.getByRole('button', { name: 'Save cohort' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/cohorts/77'));
    expect(await writes()[0].json()).toEqual({
      programme: 'next-generation',
      name: 'Next Generation 2025',
      startDate: '2025-10-01',
    });
  });

  it('shows the API’s field errors, and a name already taken (409) on the name', async () => {
    api(() =>
      problemResponse(409, {
        title: 'Conflict',
        detail: 'The programme Next Generation already has a cohort called "Next Generation 2025" (id 5).',
        errors: [{ field: 'name', message: 'is already the name of another cohort of this programme' }],
      }),
    );
    const user = userEvent.setup();
    renderRoute(<NewCohortRoute />, { url: '/cohorts/new?programme=next-generation' });

    expect(await screen.findByLabelText('Programme')).toHaveValue('next-generation');
    await user.type(screen.getByLabelText('Name'), 'Next Generation 2025');
    await user.type(screen.getByLabelText('Start date'), '2025-10-01');
    await user.click(screen.getByRole('button', { name: 'Save cohort' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('already has a cohort called "Next Generation 2025"');
    expect(
      within(summary).getByRole('link', { name: 'Name is already the name of another cohort of this programme' }),
    ).toHaveAttribute('href', '#name');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      /Error: Name is already the name of another cohort of this programme/,
    );
    expect(document.title).toBe('Error: Record a cohort – Sector Support');
  });
});

describe('EditCohortRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('sends the cohort back with the ETag it read, and offers a reload after a 412', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }));
    const user = userEvent.setup();
    renderRoute(<EditCohortRoute />, { route: '/cohorts/:id/edit', url: '/cohorts/12/edit' });

    expect(await screen.findByLabelText('Programme')).toHaveValue('ngdp');
    const endDate = screen.getByLabelText('End date (optional)');
    expect(screen.getByLabelText('Financial year (optional)')).toHaveValue('2023-24');
    await user.clear(endDate);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0].method).toBe('PUT');
    expect(writes()[0].headers.get('If-Match')).toBe('"2"');
    expect(await writes()[0].json()).toEqual({
      programme: 'ngdp',
      name: 'NGDP cohort 25',
      financialYear: '2023-24',
      startDate: '2023-09-04',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record');
    expect(screen.getByRole('button', { name: 'Reload the cohort' })).toBeInTheDocument();
  });
});
