import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { AuditEntry } from '@/lib/api/history';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { CohortHistoryRoute } from './cohort-history';
import { EventHistoryRoute } from './event-history';
import { PeerChallengeHistoryRoute } from './peer-challenge-history';
import { ProgrammeHistoryRoute } from './programme-history';
import { SupportEngagementHistoryRoute } from './support-engagement-history';
import { SurveyResponseHistoryRoute } from './survey-response-history';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['staff']) }, isAuthenticated: true }),
}));

const HISTORY: AuditEntry[] = [
  {
    occurredAt: '2024-09-03T10:15:30Z',
    actor: 'staff',
    action: 'created',
    version: 0,
    changes: [{ field: 'title', to: 'Finance for portfolio holders' }],
  },
  {
    occurredAt: '2024-10-01T09:00:00Z',
    actor: 'admin',
    action: 'updated',
    version: 1,
    changes: [{ field: 'capacity', from: '24', to: '30' }],
  },
  { occurredAt: '2025-01-06T14:05:00Z', actor: 'staff', action: 'deleted', changes: [] },
];

const ROUTES: { name: string; element: ReactElement; route: string; url: string; api: string; record: string; back: string }[] = [
  {
    name: 'an event',
    element: <EventHistoryRoute />,
    route: '/events/:id/history',
    url: '/events/311/history',
    api: '/api/v1/events/311/history',
    record: 'Event 311',
    back: '/events/311',
  },
  {
    name: 'a support engagement',
    element: <SupportEngagementHistoryRoute />,
    route: '/support-engagements/:id/history',
    url: '/support-engagements/17/history',
    api: '/api/v1/support-engagements/17/history',
    record: 'Support engagement 17',
    back: '/support-engagements/17',
  },
  {
    name: 'a programme',
    element: <ProgrammeHistoryRoute />,
    route: '/programmes/:id/history',
    url: '/programmes/ignite/history',
    api: '/api/v1/programmes/ignite/history',
    record: 'Programme ignite',
    back: '/programmes/ignite',
  },
  {
    name: 'a peer challenge',
    element: <PeerChallengeHistoryRoute />,
    route: '/peer-challenges/:id/history',
    url: '/peer-challenges/42/history',
    api: '/api/v1/peer-challenges/42/history',
    record: 'Peer challenge 42',
    back: '/peer-challenges/42',
  },
  {
    name: 'a cohort',
    element: <CohortHistoryRoute />,
    route: '/cohorts/:id/history',
    url: '/cohorts/12/history',
    api: '/api/v1/cohorts/12/history',
    record: 'Cohort 12',
    back: '/cohorts/12',
  },
  {
    name: 'a survey response',
    element: <SurveyResponseHistoryRoute />,
    route: '/survey-responses/:id/history',
    url: '/survey-responses/314/history',
    api: '/api/v1/survey-responses/314/history',
    record: 'Survey response 314',
    back: '/survey-responses/314',
  },
];

describe('Change history pages', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it.each(ROUTES)('lists the changes to $name, oldest first, with a way back', async ({ element, route, url, api, record, back }) => {
    fetchMock.mockImplementation(async (request) =>
      new URL(request.url).pathname === api ? jsonResponse(HISTORY) : jsonResponse({}, 404),
    );
    renderRoute(element, { route, url });

    const table = await screen.findByRole('table', { name: 'Changes, oldest first' });
    expect(screen.getByRole('heading', { level: 1, name: 'Change history' })).toBeInTheDocument();
    expect(screen.getByText(record)).toHaveClass('govuk-caption-l');
    expect(document.title).toBe(`Change history – ${record} – Sector Support`);
    expect(screen.getByRole('link', { name: /^Back to the/ })).toHaveAttribute('href', back);

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    // The separator before the time is the ICU data's (", " or " at ").
    expect(rows[0]).toHaveTextContent(/3 September 2024(,| at) 11:15am/);
    expect(rows[0]).toHaveTextContent('Recorded');
    expect(rows[0]).toHaveTextContent('title: Finance for portfolio holders');
    expect(rows[1]).toHaveTextContent('admin');
    expect(rows[1]).toHaveTextContent('Details changed');
    expect(rows[1]).toHaveTextContent('capacity: 24 → 30');
    expect(rows[2]).toHaveTextContent('Deleted');
  });

  it('says when no change is recorded', async () => {
    fetchMock.mockResolvedValue(jsonResponse([]));
    renderRoute(<SupportEngagementHistoryRoute />, { route: '/support-engagements/:id/history', url: '/support-engagements/17/history' });
    expect(await screen.findByText('No changes are recorded.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains a refusal (403) to those the API does not show the history to', async () => {
    fetchMock.mockResolvedValue(problemResponse(403, { title: 'Forbidden' }));
    renderRoute(<EventHistoryRoute />, { route: '/events/:id/history', url: '/events/311/history' });

    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have permission to see this information.');
    expect(document.title).toBe('Error: Change history – Sector Support');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
