import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { surveyResponse } from '@/features/survey-responses/testing/fixtures';
import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { EditSurveyResponseRoute } from './survey-response-edit';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function puts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'PUT');
}

describe('EditSurveyResponseRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('sends back the ETag it read and, on a 412, says someone else changed it and offers to reload', async () => {
    let reads = 0;
    fetchMock.mockImplementation(async (request) => {
      if (request.method === 'PUT') {
        return problemResponse(412, { title: 'Precondition Failed', detail: 'The record has changed since you read it.' });
      }
      if (new URL(request.url).pathname === '/api/v1/councils') {
        return jsonResponse({ items: [], page: 1, size: 10, totalItems: 0, totalPages: 0 });
      }
      reads += 1;
      const response = surveyResponse({ version: reads === 1 ? 2 : 3, satisfaction: reads === 1 ? 5 : 2 });
      return new Response(JSON.stringify(response), {
        headers: { 'Content-Type': 'application/json', ETag: `"${response.version}"` },
      });
    });
    const user = userEvent.setup();
    renderRoute(<EditSurveyResponseRoute />, { route: '/survey-responses/:id/edit', url: '/survey-responses/314/edit' });

    // The form shows what was recorded, and the subject is fixed.
    expect(await screen.findByLabelText('5 – Very satisfied')).toBeChecked();
    expect(screen.getByText('Springboard spring masterclass')).toBeInTheDocument();
    expect(screen.getByLabelText('Council')).toHaveValue('County Durham (E06000047)');
    expect(screen.getByLabelText('Day')).toHaveValue('14');
    await user.click(screen.getByLabelText('3 – Neither satisfied nor dissatisfied'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(/Someone else has changed this record since you opened it/)).toBeInTheDocument();
    expect(puts()[0].headers.get('If-Match')).toBe('"2"');
    expect(await puts()[0].json()).toMatchObject({
      subject: { type: 'event', id: 123 },
      council: 'E06000047',
      satisfaction: 3,
      submittedDate: '2025-03-14',
    });

    await user.click(screen.getByRole('button', { name: 'Reload the survey response' }));
    await waitFor(() => expect(screen.getByLabelText('2 – Dissatisfied')).toBeChecked());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
