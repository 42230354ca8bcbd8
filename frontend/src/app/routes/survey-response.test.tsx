import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { SurveyResponse } from '@/features/survey-responses/api/get-survey-responses';
import { page, surveyResponse, surveySummary } from '@/features/survey-responses/testing/fixtures';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { SurveyResponseRoute } from './survey-response';
import { SurveyResponsesRoute } from './survey-responses';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

/** Answers the reads (the response: `records` in turn, then the last again); `onWrite` answers the writes. */
function api(onWrite: (request: Request) => Promise<Response> | Response, records: SurveyResponse[] = [surveyResponse()]) {
  const reads = [...records];
  fetchMock.mockImplementation(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET') return onWrite(request);
    if (path === '/api/v1/survey-responses/314') {
      const record = reads.length > 1 ? reads.shift()! : reads[0];
      return new Response(JSON.stringify(record), {
        headers: { 'Content-Type': 'application/json', ETag: `"${record.version}"` },
      });
    }
    if (path === '/api/v1/survey-responses/summary') return jsonResponse(surveySummary());
    if (path === '/api/v1/survey-responses') return jsonResponse(page([]));
    if (path === '/api/v1/programmes') return jsonResponse(page([{ id: 'springboard', name: 'Springboard' }]));
    return jsonResponse({}, 404);
  });
}

function writes() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method !== 'GET');
}

function responseReads() {
  return fetchMock.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/survey-responses/314').length;
}

function render() {
  return renderRoute(<SurveyResponseRoute />, {
    route: '/survey-responses/:id',
    url: '/survey-responses/314',
    others: [{ path: '/survey-responses', element: <SurveyResponsesRoute /> }],
  });
}

describe('SurveyResponseRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('shows the response, and links staff to changing it and to its change history', async () => {
    api(() => jsonResponse({}, 500));
    render();

    expect(await screen.findByRole('heading', { level: 1, name: 'Springboard spring masterclass' })).toBeInTheDocument();
    expect(screen.getByText('Satisfaction').nextSibling).toHaveTextContent('5 – Very satisfied');
    expect(screen.getByRole('button', { name: 'Change this response' })).toHaveAttribute('href', '/survey-responses/314/edit');
    expect(screen.getByRole('link', { name: 'See who changed what, and when' })).toHaveAttribute(
      'href',
      '/survey-responses/314/history',
    );
    expect(document.title).toBe('Survey response 314 – Survey responses – Sector Support');
  });

  it('offers analysts neither changes, the history nor a delete', async () => {
    roles.current = ['analyst'];
    api(() => jsonResponse({}, 500));
    render();

    await screen.findByRole('heading', { level: 1, name: 'Springboard spring masterclass' });
    expect(screen.queryByRole('button', { name: 'Change this response' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See who changed what, and when' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete survey response' })).not.toBeInTheDocument();
  });

  it('asks before deleting, and cancelling deletes nothing', async () => {
    api(() => jsonResponse({}, 500));
    const user = userEvent.setup();
    render();

    await user.click(await screen.findByRole('button', { name: 'Delete survey response' }));
    const question = screen.getByTestId('confirm-delete');
    expect(question).toHaveTextContent(
      'Delete survey response 314 about “Springboard spring masterclass”? It no longer counts in the satisfaction figures. Its change history is kept.',
    );
    expect(question).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByTestId('confirm-delete')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete survey response' })).toHaveFocus();
    expect(writes()).toHaveLength(0);
  });

  it('deletes the response with the ETag it read, and shows the responses list with a success banner', async () => {
    api(() => new Response(null, { status: 204 }), [surveyResponse({ version: 6 })]);
    const user = userEvent.setup();
    const { router } = render();

    await user.click(await screen.findByRole('button', { name: 'Delete survey response' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the survey response' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Survey responses' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/survey-responses');
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveTextContent(
      'Survey response 314 deleted: Springboard spring masterclass',
    );
    expect(writes()).toHaveLength(1);
    const [request] = writes();
    expect(request.method).toBe('DELETE');
    expect(new URL(request.url).pathname).toBe('/api/v1/survey-responses/314');
    expect(request.headers.get('If-Match')).toBe('"6"');
  });

  it('shows a refusal as the API explains it, and stays on the response', async () => {
    const detail = 'There is no survey response with id 314.';
    api(() => problemResponse(404, { title: 'Not Found', detail }));
    const user = userEvent.setup();
    const { router } = render();

    await user.click(await screen.findByRole('button', { name: 'Delete survey response' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the survey response' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent(detail);
    expect(screen.queryByRole('button', { name: 'Reload the survey response' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/survey-responses/314');
  });

  it('says when someone else changed the response first (412), reads it again on request and deletes with the new ETag', async () => {
    api(
      () => problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' }),
      [surveyResponse(), surveyResponse({ satisfaction: 2, version: 3 })],
    );
    const user = userEvent.setup();
    render();

    await user.click(await screen.findByRole('button', { name: 'Delete survey response' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the survey response' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    expect(writes()[0].headers.get('If-Match')).toBe('"2"');

    const before = responseReads();
    await user.click(screen.getByRole('button', { name: 'Reload the survey response' }));
    await waitFor(() => expect(responseReads()).toBe(before + 1));
    expect(await screen.findByText('2 – Dissatisfied')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete survey response' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the survey response' }));
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1].headers.get('If-Match')).toBe('"3"');
  });

  it('says when there is no such response', async () => {
    fetchMock.mockImplementation(async () => problemResponse(404, { title: 'Not Found', detail: 'There is no survey response with id 314.' }));
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Survey response not found' })).toBeInTheDocument();
  });
});
