import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { page, surveyResponse, surveySummary } from '../testing/fixtures';
import { SubjectSurveyResponses } from './subject-survey-responses';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

function answer(totalItems = 2) {
  fetchMock.mockImplementation(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/survey-responses/summary') return jsonResponse(surveySummary());
    return jsonResponse(
      page([surveyResponse({ id: 1 }), surveyResponse({ id: 2, satisfaction: undefined, council: undefined })], {
        size: 10,
        totalItems,
      }),
    );
  });
}

describe('SubjectSurveyResponses', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('shows the summary figures and the responses about one subject', async () => {
    answer();
    renderRoute(<SubjectSurveyResponses subjectType="cohort" subjectId={12} subjectTitle="Next Generation 2024" />);

    expect(await screen.findByTestId('survey-summary-headline')).toHaveTextContent(
      '96 per cent of those who gave a score were satisfied (25 responses).',
    );
    const figures = screen.getByTestId('survey-summary');
    const value = (key: string) => within(figures).getByText(key).nextSibling;
    expect(value('Satisfied (4 or 5)')).toHaveTextContent('96% (24 of 25 who gave a score)');
    expect(value('Average satisfaction')).toHaveTextContent('4.52 out of 5');
    expect(value('Positive impact')).toHaveTextContent('90% yes (18 of 20 who answered; 5 did not answer)');
    expect(value('Increased confidence')).toHaveTextContent('66.7% yes (2 of 3 who answered; 22 did not answer)');
    expect(value('Would recommend')).toHaveTextContent('Nobody answered (25 did not answer)');

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('5 – Very satisfied')).toBeInTheDocument();
    expect(within(table).getByText('Not known')).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'About' })).not.toBeInTheDocument();

    const requested = fetchMock.mock.calls.map(([request]) => new URL(request.url));
    for (const url of requested) {
      expect(url.searchParams.get('subjectType')).toBe('cohort');
      expect(url.searchParams.get('cohort')).toBe('12');
    }
    expect(screen.getByRole('button', { name: 'Add a survey response' })).toHaveAttribute(
      'href',
      '/survey-responses/new?subjectType=cohort&subjectId=12&subjectTitle=Next+Generation+2024',
    );
  });

  it('links to all the responses when there are more than it shows, and offers no button to readers', async () => {
    roles.current = ['analyst'];
    answer(40);
    renderRoute(<SubjectSurveyResponses subjectType="peer-challenge" subjectId={42} />);

    expect(await screen.findByRole('link', { name: 'See all 40 responses' })).toHaveAttribute(
      'href',
      '/survey-responses?subjectType=peer-challenge&peerChallenge=42',
    );
    expect(screen.getByRole('table', { name: 'The latest 2 of 40 responses' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a survey response' })).not.toBeInTheDocument();
  });

  it('says so when nobody has responded', async () => {
    fetchMock.mockImplementation(async (request) =>
      new URL(request.url).pathname.endsWith('/summary')
        ? jsonResponse(
            surveySummary({
              responses: 0,
              satisfactionAnswered: 0,
              satisfied: 0,
              satisfiedPerCent: undefined,
              meanSatisfaction: undefined,
            }),
          )
        : jsonResponse(page([])),
    );
    renderRoute(<SubjectSurveyResponses subjectType="event" subjectId={5} />);
    expect(await screen.findByTestId('survey-summary-headline')).toHaveTextContent('No responses match.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
