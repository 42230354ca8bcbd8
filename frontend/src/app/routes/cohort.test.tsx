import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { cohort, diversity, enrolment, page } from '@/testing/cohort-fixtures';
import { accessToken, jsonResponse, noSurveyResponses, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { CohortRoute } from './cohort';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

const COUNCILS = [
  { council: { gssCode: 'E06000047', name: 'County Durham' }, region: 'north-east', participants: 2, enrolled: 1, completed: 0, withdrawn: 1 },
  { council: { gssCode: 'E09000033', name: 'Westminster' }, region: 'london', participants: 1, enrolled: 0, completed: 1, withdrawn: 0 },
];

/** Answers the page's reads; `onWrite` answers the writes. */
function api(onWrite: (request: Request) => Promise<Response> | Response, enrolments = [enrolment()]) {
  fetchMock.mockImplementation(async (request: Request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (request.method !== 'GET') return onWrite(request);
    if (path === '/api/v1/cohorts/12') {
      return new Response(JSON.stringify(cohort()), { headers: { 'Content-Type': 'application/json', ETag: '"2"' } });
    }
    if (path === '/api/v1/cohorts/12/councils') return jsonResponse(COUNCILS);
    if (path === '/api/v1/cohorts/12/diversity') return jsonResponse(diversity());
    if (path === '/api/v1/cohorts/12/enrolments') {
      return jsonResponse(page(enrolments, { page: Number(url.searchParams.get('page') ?? 1), totalItems: 30, totalPages: 2 }));
    }
    if (path === '/api/v1/councils') {
      return jsonResponse(page([{ gssCode: 'E09000033', name: 'Westminster' }]));
    }
    return noSurveyResponses(request) ?? jsonResponse({}, 404);
  });
}

function writes() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method !== 'GET');
}

function render(url = '/cohorts/12') {
  return renderRoute(<CohortRoute />, { route: '/cohorts/:id', url });
}

describe('CohortRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('shows the details, figures, councils, enrolments and diversity in aggregate', async () => {
    api(() => jsonResponse({}, 500));
    render();

    expect(await screen.findByRole('heading', { level: 1, name: 'NGDP cohort 25' })).toBeInTheDocument();
    expect(screen.getByText('Financial year').nextSibling).toHaveTextContent('2023-24');
    expect(screen.getByText('Start date').nextSibling).toHaveTextContent('4 September 2023');
    const figures = screen.getByTestId('cohort-figures');
    expect(within(figures).getByText('Withdrawn').nextSibling).toHaveTextContent('1');
    expect(within(figures).getByText('Councils').nextSibling).toHaveTextContent('2');

    const councils = screen.getByTestId('cohort-councils');
    expect(await within(councils).findByRole('link', { name: 'County Durham' })).toHaveAttribute('href', '/councils/E06000047');
    expect(within(councils).getByText('London')).toBeInTheDocument();

    const enrolments = screen.getByTestId('enrolments');
    expect(await within(enrolments).findByRole('rowheader', { name: 'par-7k2m9q4xw3ab' })).toBeInTheDocument();
    expect(within(enrolments).getByTestId('enrolments-summary')).toHaveTextContent('Showing 1 to 1 of 30 participants');
    expect(within(enrolments).getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/cohorts/12?enrolments=2');

    const sex = await screen.findByRole('table', { name: 'Sex' });
    expect(within(sex).getByRole('row', { name: 'Female 15' })).toBeInTheDocument();
    expect(within(sex).getByRole('row', { name: 'Prefer not to say Withheld' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Change\s*cohort details$/ })).toHaveAttribute('href', '/cohorts/12/edit');
  });

  it('asks for the page of enrolments in the address', async () => {
    api(() => jsonResponse({}, 500));
    render('/cohorts/12?enrolments=2');
    await screen.findByTestId('enrolments-summary');
    const request = fetchMock.mock.calls.map(([r]) => new URL(r.url)).find((u) => u.pathname.endsWith('/enrolments'));
    expect(request?.searchParams.get('page')).toBe('2');
    expect(screen.getByTestId('enrolments-summary')).toHaveTextContent('Showing 26 to 26 of 30 participants');
  });

  it('enrols a participant by council name, sending only the answered questions', async () => {
    api(async () =>
      jsonResponse(enrolment({ id: 3052, participantKey: 'par-new', council: { gssCode: 'E09000033', name: 'Westminster' } }), 201),
    );
    const user = userEvent.setup();
    render();

    const form = await screen.findByRole('form', { name: 'Enrol participant' });
    await user.type(within(form).getByLabelText('Council'), 'Westm');
    await user.click(await screen.findByText('Westminster (E09000033)'));
    await user.selectOptions(within(form).getByLabelText('Role'), 'Councillor');
    await user.selectOptions(within(form).getByLabelText('Disability'), 'No');
    expect(within(form).getByRole('group', { name: 'Diversity questions (optional)' })).toHaveAccessibleDescription(
      /reported only in aggregate/,
    );
    await user.click(within(form).getByRole('button', { name: 'Enrol participant' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    const [request] = writes();
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/cohorts/12/enrolments');
    expect(await request.json()).toEqual({
      council: 'E09000033',
      participantRole: 'councillor',
      status: 'enrolled',
      disability: 'no',
    });
    expect(await screen.findByTestId('enrolment-added')).toHaveTextContent('Enrolled par-new from Westminster.');
  });

  it('shows the API’s field errors on the enrolment form', async () => {
    api(() =>
      problemResponse(409, {
        title: 'Conflict',
        detail: 'Cohort 12 already has a participant with key "grad-1" (enrolment 3051).',
        errors: [{ field: 'participantKey', message: 'is already used on this cohort' }],
      }),
    );
    const user = userEvent.setup();
    render();

    const form = await screen.findByRole('form', { name: 'Enrol participant' });
    await user.type(within(form).getByLabelText('Participant key (optional)'), 'grad-1');
    await user.click(within(form).getByRole('button', { name: 'Enrol participant' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('already has a participant with key "grad-1"');
    expect(within(summary).getByRole('link', { name: 'Participant key is already used on this cohort' })).toHaveAttribute(
      'href',
      '#participantKey',
    );
  });

  it('removes an enrolment with its version as If-Match, and says so when someone changed it (412)', async () => {
    api(() => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }));
    const user = userEvent.setup();
    render();

    await user.click(await screen.findByRole('button', { name: /^Remove\s*par-7k2m9q4xw3ab$/ }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0].method).toBe('DELETE');
    expect(new URL(writes()[0].url).pathname).toBe('/api/v1/cohorts/12/enrolments/3051');
    expect(writes()[0].headers.get('If-Match')).toBe('"4"');
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record');
    expect(screen.getByRole('button', { name: 'Reload the enrolments' })).toBeInTheDocument();
  });

  it('changes an enrolment’s status, keeping unanswered questions out of the body', async () => {
    api(async () => jsonResponse(enrolment({ status: 'withdrawn', statusLabel: 'Withdrawn', version: 5 })));
    const user = userEvent.setup();
    render();

    await user.click(await screen.findByRole('button', { name: /^Change\s*par-7k2m9q4xw3ab$/ }));
    const form = screen.getByRole('form', { name: 'Save enrolment' });
    expect(within(form).getByLabelText('Council')).toHaveValue('County Durham (E06000047)');
    expect(within(form).getByLabelText('Sex')).toHaveValue('');
    await user.selectOptions(within(form).getByLabelText('Status'), 'Withdrawn');
    await user.click(within(form).getByRole('button', { name: 'Save enrolment' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0].method).toBe('PUT');
    expect(writes()[0].headers.get('If-Match')).toBe('"4"');
    expect(await writes()[0].json()).toEqual({
      participantKey: 'par-7k2m9q4xw3ab',
      council: 'E06000047',
      participantRole: 'officer',
      status: 'withdrawn',
    });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Save enrolment' })).not.toBeInTheDocument());
  });

  it('offers no changes to analysts and partners', async () => {
    roles.current = ['analyst'];
    api(() => jsonResponse({}, 500));
    render();

    await screen.findByRole('rowheader', { name: 'par-7k2m9q4xw3ab' });
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Enrol participant' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Change\s*cohort details$/ })).not.toBeInTheDocument();
  });

  it('says when there is no such cohort', async () => {
    fetchMock.mockImplementation(async () => problemResponse(404, { title: 'Not Found', detail: 'There is no cohort with id 12.' }));
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Cohort not found' })).toBeInTheDocument();
  });
});
