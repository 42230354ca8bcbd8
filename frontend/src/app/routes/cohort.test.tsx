import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { cohort, diversity, enrolment, page, PROGRAMMES } from '@/testing/cohort-fixtures';
import { accessToken, jsonResponse, noSurveyResponses, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { CohortRoute } from './cohort';
import { CohortsRoute } from './cohorts';

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

/** Answers the page's reads (the cohort: `records` in turn, then the last again); `onWrite` answers the writes. */
function api(onWrite: (request: Request) => Promise<Response> | Response, enrolments = [enrolment()], records = [cohort()]) {
  const reads = [...records];
  fetchMock.mockImplementation(async (request: Request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (request.method !== 'GET') return onWrite(request);
    if (path === '/api/v1/cohorts/12') {
      const record = reads.length > 1 ? reads.shift()! : reads[0];
      return new Response(JSON.stringify(record), {
        headers: { 'Content-Type': 'application/json', ETag: `"${record.version}"` },
      });
    }
    if (path === '/api/v1/cohorts') return jsonResponse(page([]));
    if (path === '/api/v1/programmes') return jsonResponse(page(PROGRAMMES));
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
  return renderRoute(<CohortRoute />, { route: '/cohorts/:id', url, others: [{ path: '/cohorts', element: <CohortsRoute /> }] });
}

function cohortReads() {
  return fetchMock.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/cohorts/12').length;
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
    // The API keeps the change history and deletes for staff.
    expect(screen.queryByRole('link', { name: 'See who changed what, and when' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete cohort' })).not.toBeInTheDocument();
  });

  it('links staff to the cohort’s change history', async () => {
    api(() => jsonResponse({}, 500));
    render();
    expect(await screen.findByRole('link', { name: 'See who changed what, and when' })).toHaveAttribute(
      'href',
      '/cohorts/12/history',
    );
  });

  it('asks before deleting, saying the enrolments go with the cohort, and cancelling deletes nothing', async () => {
    api(() => jsonResponse({}, 500));
    const user = userEvent.setup();
    render();

    const button = await screen.findByRole('button', { name: 'Delete cohort' });
    await user.click(button);
    const question = screen.getByTestId('confirm-delete');
    expect(question).toHaveTextContent(
      'Delete the cohort “NGDP cohort 25” and its 3 enrolments? The change histories are kept. A cohort with survey responses cannot be deleted.',
    );
    expect(question).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByTestId('confirm-delete')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete cohort' })).toHaveFocus();
    expect(writes()).toHaveLength(0);
  });

  it('says nothing of enrolments when the cohort has none', async () => {
    api(() => jsonResponse({}, 500), [], [cohort({ participants: 0, enrolled: 0, completed: 0, withdrawn: 0, councils: 0 })]);
    const user = userEvent.setup();
    render();

    await user.click(await screen.findByRole('button', { name: 'Delete cohort' }));
    expect(screen.getByTestId('confirm-delete')).toHaveTextContent('Delete the cohort “NGDP cohort 25”? The change histories are kept.');
  });

  it('deletes the cohort with the ETag it read, and shows the cohorts list with a success banner', async () => {
    api(() => new Response(null, { status: 204 }), [enrolment()], [cohort({ version: 6 })]);
    const user = userEvent.setup();
    const { router } = render();

    await user.click(await screen.findByRole('button', { name: 'Delete cohort' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the cohort' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Cohorts' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cohorts');
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveTextContent('Cohort deleted: NGDP cohort 25');
    expect(writes()).toHaveLength(1);
    const [request] = writes();
    expect(request.method).toBe('DELETE');
    expect(new URL(request.url).pathname).toBe('/api/v1/cohorts/12');
    expect(request.headers.get('If-Match')).toBe('"6"');
  });

  it('shows why a cohort with survey responses cannot be deleted (409), and keeps it', async () => {
    const detail = 'Cohort 12 has 4 survey response(s), which would be lost with it; delete those first.';
    api(() => problemResponse(409, { title: 'Conflict', detail }));
    const user = userEvent.setup();
    const { router } = render();

    await user.click(await screen.findByRole('button', { name: 'Delete cohort' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the cohort' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent(detail);
    expect(screen.queryByRole('button', { name: 'Reload the cohort' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cohorts/12');
    expect(screen.getByRole('heading', { level: 1, name: 'NGDP cohort 25' })).toBeInTheDocument();
  });

  it('says when someone else changed the cohort first (412), reads it again on request and deletes with the new ETag', async () => {
    api(
      () => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }),
      [enrolment()],
      [cohort(), cohort({ name: 'NGDP cohort 25 (autumn)', version: 3 })],
    );
    const user = userEvent.setup();
    render();

    await user.click(await screen.findByRole('button', { name: 'Delete cohort' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the cohort' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    expect(writes()[0].headers.get('If-Match')).toBe('"2"');

    const before = cohortReads();
    await user.click(screen.getByRole('button', { name: 'Reload the cohort' }));
    await waitFor(() => expect(cohortReads()).toBe(before + 1));
    expect(await screen.findByRole('heading', { level: 1, name: 'NGDP cohort 25 (autumn)' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete cohort' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the cohort' }));
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1].headers.get('If-Match')).toBe('"3"');
  });

  it('says when there is no such cohort', async () => {
    fetchMock.mockImplementation(async () => problemResponse(404, { title: 'Not Found', detail: 'There is no cohort with id 12.' }));
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Cohort not found' })).toBeInTheDocument();
  });
});
