import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { surveyResponse } from '@/features/survey-responses/testing/fixtures';
import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { NewSurveyResponseRoute } from './survey-response-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function posts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'POST');
}

const DURHAM = {
  gssCode: 'E06000047',
  name: 'County Durham',
  type: 'unitary',
  typeLabel: 'Unitary authority',
  region: 'north-east',
  regionLabel: 'North East',
  nation: 'england',
  nationLabel: 'England',
  startDate: '2009-04-01',
  current: true,
};

describe('NewSurveyResponseRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('shows the subject it was opened for, and the API’s field errors in the summary and on the fields', async () => {
    fetchMock.mockImplementation(async () =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'subject.id', message: 'must be the id of an existing event (there is no event with id 123)' },
          { field: 'respondentRole', message: 'is required' },
          { field: 'submittedDate', message: 'must not be before the event started (2025-03-10)' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderRoute(<NewSurveyResponseRoute />, {
      url: '/survey-responses/new?subjectType=event&subjectId=123&subjectTitle=Springboard%20masterclass',
    });

    expect(screen.getByText('Springboard masterclass')).toBeInTheDocument();
    expect(screen.queryByLabelText('Subject id')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('4 – Satisfied'));
    await user.type(screen.getByLabelText('Day'), '9');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Save survey response' }));

    const summary = await screen.findByRole('alert');
    // The subject is shown, not editable: its error links to where it is shown.
    expect(
      within(summary).getByRole('link', {
        name: 'Subject id must be the id of an existing event (there is no event with id 123)',
      }),
    ).toHaveAttribute('href', '#subjectId');
    expect(document.getElementById('subjectId')).toHaveTextContent('Springboard masterclass');
    expect(within(summary).getByRole('link', { name: 'Respondent’s role is required' })).toHaveAttribute(
      'href',
      '#respondentRole',
    );
    expect(
      within(summary).getByRole('link', { name: 'Date submitted must not be before the event started (2025-03-10)' }),
    ).toHaveAttribute('href', '#submittedDate');
    expect(screen.getByRole('group', { name: 'Date submitted' })).toHaveAccessibleDescription(
      'When they gave it; for example, 27 3 2025 Error: Date submitted must not be before the event started (2025-03-10)',
    );
    expect(screen.getByLabelText('Councillor').closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    expect(document.title).toBe('Error: Record a survey response – Sector Support');

    expect(await posts()[0].json()).toEqual({
      subject: { type: 'event', id: 123 },
      satisfaction: 4,
      positiveImpact: 'not-answered',
      increasedConfidence: 'not-answered',
      wouldRecommend: 'not-answered',
      submittedDate: '2025-03-09',
    });
  });

  it('lets the user choose the subject when none is given, linking its errors to its fields', async () => {
    fetchMock.mockImplementation(async () =>
      problemResponse(400, {
        title: 'Bad Request',
        errors: [{ field: 'subject.id', message: 'is required' }],
      }),
    );
    const user = userEvent.setup();
    renderRoute(<NewSurveyResponseRoute />, { url: '/survey-responses/new' });

    await user.click(screen.getByLabelText('Cohort'));
    await user.click(screen.getByRole('button', { name: 'Save survey response' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Subject id is required' })).toHaveAttribute('href', '#subjectId');
    expect(screen.getByLabelText('Subject id')).toHaveAccessibleDescription(
      'The number of the event, peer challenge, support engagement or cohort, as on its page Error: Subject id is required',
    );
    expect(await posts()[0].json()).toMatchObject({ subject: { type: 'cohort' } });
  });

  it('finds the council by name, sends its GSS code and goes to the new response once saved', async () => {
    fetchMock.mockImplementation(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'GET' && url.pathname === '/api/v1/councils') {
        return jsonResponse({ items: [DURHAM], page: 1, size: 10, totalItems: 1, totalPages: 1 });
      }
      return new Response(JSON.stringify(surveyResponse({ id: 77 })), {
        status: 201,
        headers: { 'Content-Type': 'application/json', ETag: '"0"' },
      });
    });
    const user = userEvent.setup();
    const { router } = renderRoute(<NewSurveyResponseRoute />, {
      url: '/survey-responses/new?subjectType=peer-challenge&subjectId=42',
    });

    await user.click(screen.getByLabelText('Chief executive'));
    await user.type(screen.getByLabelText('Council'), 'Durham');
    await user.click(await screen.findByText('County Durham (E06000047)'));
    expect(screen.getByLabelText('Council')).toHaveValue('County Durham (E06000047)');
    await user.type(screen.getByLabelText('Comment'), 'Helpful');
    expect(screen.getByTestId('comment-count')).toHaveTextContent('You have 3,993 characters remaining');
    await user.type(screen.getByLabelText('Day'), '1');
    await user.type(screen.getByLabelText('Month'), '4');
    await user.type(screen.getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Save survey response' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/survey-responses/77'));
    const councilSearch = fetchMock.mock.calls.map(([r]) => new URL(r.url)).filter((u) => u.pathname === '/api/v1/councils').at(-1);
    expect(councilSearch?.searchParams.get('q')).toBe('Durham');
    expect(await posts()[0].json()).toMatchObject({
      subject: { type: 'peer-challenge', id: 42 },
      respondentRole: 'chief-executive',
      council: 'E06000047',
      comment: 'Helpful',
      submittedDate: '2025-04-01',
    });
  });
});
