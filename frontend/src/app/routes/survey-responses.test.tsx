import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { page, surveyResponse, surveySummary } from '@/features/survey-responses/testing/fixtures';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { SurveyResponsesRoute } from './survey-responses';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

describe('SurveyResponsesRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('shows the figures above the table, for the filters in the URL', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/programmes') {
        return jsonResponse(page([{ id: 'springboard', name: 'Springboard' }, { id: 'next-generation', name: 'Next Generation' }]));
      }
      return path.endsWith('/summary')
        ? jsonResponse(surveySummary())
        : jsonResponse(page([surveyResponse()], { totalItems: 26, totalPages: 2 }));
    });
    renderRoute(<SurveyResponsesRoute />, { url: '/survey-responses?programme=next-generation&financialYear=2024-25' });

    expect(await screen.findByTestId('survey-summary-headline')).toHaveTextContent('96 per cent');
    expect(await screen.findByTestId('results-summary')).toHaveTextContent('Showing 1 to 1 of 26 survey responses');
    const table = screen.getByRole('table', { name: 'Survey responses, newest first' });
    expect(within(table).getByRole('link', { name: '14 March 2025, survey response 314' })).toHaveAttribute(
      'href',
      '/survey-responses/314',
    );
    expect(within(table).getByText('Event, Springboard')).toBeInTheDocument();
    expect(screen.getByLabelText('Programme')).toHaveValue('next-generation');
    expect(screen.getByLabelText('Financial year')).toHaveValue('2024-25');
    for (const [request] of fetchMock.mock.calls) {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/api/v1/survey-responses')) {
        expect(url.searchParams.get('programme')).toBe('next-generation');
      }
    }
    // The programme filter offers the catalogue, by name.
    await within(screen.getByLabelText('Programme')).findByRole('option', { name: 'Springboard' });
    expect(within(screen.getByLabelText('Programme')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'All programmes',
      'Next Generation',
      'Springboard',
    ]);
    // The figures come before the table.
    expect(
      screen.getByTestId('survey-summary').compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows a bad filter from the API on its field', async () => {
    fetchMock.mockImplementation(async () =>
      problemResponse(400, {
        title: 'Bad Request',
        errors: [{ field: 'theme', message: 'must be one of: governance-and-leadership, finance' }],
      }),
    );
    renderRoute(<SurveyResponsesRoute />, { url: '/survey-responses?theme=housing' });

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^Theme must be one of/ })).toHaveAttribute('href', '#theme');
    expect(screen.getByLabelText('Theme').closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    expect(document.title).toBe('Error: Survey responses – Sector Support');
  });
});
