import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import type { CouncilTimeline as Timeline, TimelineEntry } from '../api/get-council-timeline';
import { CouncilTimeline } from './council-timeline';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const LGA = { id: 'lga', name: 'LGA' };

const ENTRIES: TimelineEntry[] = [
  {
    kind: 'event',
    kindLabel: 'Event',
    id: 311,
    date: '2024-11-14',
    endDate: '2024-11-15',
    financialYear: '2024-25',
    title: 'Finance masterclass',
    programme: {
      id: 'leadership-essentials',
      name: 'Leadership Essentials',
      theme: 'governance-and-leadership',
      themeLabel: 'Governance and leadership',
    },
    summary: '3 attended (2 councillors, 1 officer); 1 booked but did not attend',
    organisation: LGA,
  },
  {
    kind: 'support-engagement',
    kindLabel: 'Support engagement',
    id: 17,
    date: '2024-06-03',
    financialYear: '2024-25',
    title: 'Targeted finance support',
    programme: { id: 'targeted-finance-support', name: 'Targeted finance support', theme: 'finance', themeLabel: 'Finance' },
    summary: '6.5 days delivered; continuing',
    organisation: LGA,
  },
  {
    kind: 'cohort',
    kindLabel: 'Cohort',
    id: 8,
    date: '2023-09-04',
    endDate: '2025-08-29',
    financialYear: '2023-24',
    title: 'NGDP cohort 25',
    summary: '2 participants: 1 still enrolled, 1 completed',
    organisation: LGA,
  },
  {
    kind: 'peer-challenge',
    kindLabel: 'Peer challenge',
    id: 42,
    date: '2023-03-07',
    endDate: '2023-03-10',
    financialYear: '2022-23',
    title: 'Corporate Peer Challenge',
    summary: 'Action plan published; a team of 5 peers, 22.5 peer days',
    organisation: LGA,
  },
];

function timeline(entries: TimelineEntry[]): Timeline {
  return { council: { gssCode: 'E06000017', name: 'Rutland' }, entries };
}

function requestedUrls() {
  return fetchMock.mock.calls.map(([request]) => new URL(request.url));
}

/** The timeline as the council page shows it: the year filter comes from the address. */
function Harness({ canRecord }: { canRecord: boolean }) {
  const location = useLocation();
  const financialYear = new URLSearchParams(location.search).get('financialYear') ?? undefined;
  return (
    <CouncilTimeline
      gssCode="E06000017"
      councilName="Rutland"
      financialYear={financialYear}
      canRecord={canRecord}
      today={new Date('2025-06-01T12:00:00Z')}
    />
  );
}

function renderTimeline(url = '/councils/E06000017', canRecord = false) {
  return renderRoute(<Harness canRecord={canRecord} />, { route: '/councils/:gssCode', url });
}

describe('CouncilTimeline', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('shows the support received grouped by financial year, newest first, each linking to its record', async () => {
    fetchMock.mockResolvedValue(jsonResponse(timeline(ENTRIES)));
    renderTimeline();

    const section = await screen.findByTestId('council-timeline');
    await screen.findByRole('heading', { level: 3, name: '2024-25' });
    expect(within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '2024-25',
      '2023-24',
      '2022-23',
    ]);
    expect(requestedUrls()[0].pathname).toBe('/api/v1/councils/E06000017/timeline');
    expect(requestedUrls()[0].search).toBe('');

    const latest = screen.getByTestId('timeline-year-2024-25');
    const rows = within(latest).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('14 November 2024 to 15 November 2024');
    expect(rows[0]).toHaveTextContent('Event');
    expect(rows[0]).toHaveTextContent('Leadership Essentials');
    expect(rows[0]).toHaveTextContent('3 attended (2 councillors, 1 officer); 1 booked but did not attend');
    expect(within(rows[0]).getByRole('link', { name: 'Finance masterclass' })).toHaveAttribute('href', '/events/311');
    // The programme is not repeated when it is the title.
    expect(within(rows[1]).getAllByText('Targeted finance support')).toHaveLength(1);
    expect(within(rows[1]).getByRole('link', { name: 'Targeted finance support' })).toHaveAttribute(
      'href',
      '/support-engagements/17',
    );
    expect(screen.getByRole('link', { name: 'NGDP cohort 25' })).toHaveAttribute('href', '/cohorts/8');
    expect(screen.getByRole('link', { name: 'Corporate Peer Challenge' })).toHaveAttribute('href', '/peer-challenges/42');
    expect(screen.queryByRole('button', { name: /Record a support engagement/ })).not.toBeInTheDocument();
  });

  it('marks a predecessor’s support with the predecessor’s name, and the council’s own without', async () => {
    const allerdaleCpc: TimelineEntry = {
      ...ENTRIES[3],
      id: 57,
      date: '2021-11-09',
      endDate: '2021-11-12',
      financialYear: '2021-22',
      predecessor: { gssCode: 'E07000026', name: 'Allerdale', endDate: '2023-03-31' },
    };
    // The same cohort for the council and for a predecessor: two rows.
    const copelandCohort: TimelineEntry = {
      ...ENTRIES[2],
      summary: '1 participant: 1 completed',
      predecessor: { gssCode: 'E07000029', name: 'Copeland', endDate: '2023-03-31' },
    };
    fetchMock.mockResolvedValue(jsonResponse(timeline([ENTRIES[0], ENTRIES[2], copelandCohort, allerdaleCpc])));
    renderTimeline();

    const year = await screen.findByTestId('timeline-year-2021-22');
    const [row] = within(year).getAllByRole('row').slice(1);
    expect(within(row).getByRole('link', { name: 'Corporate Peer Challenge' })).toHaveAttribute('href', '/peer-challenges/57');
    expect(within(row).getByText('Allerdale (predecessor)')).toHaveClass('govuk-tag');

    const cohorts = within(screen.getByTestId('timeline-year-2023-24')).getAllByRole('row').slice(1);
    expect(cohorts).toHaveLength(2);
    expect(cohorts[0]).not.toHaveTextContent('(predecessor)');
    expect(cohorts[1]).toHaveTextContent('Copeland (predecessor)');
    expect(cohorts[1]).toHaveTextContent('1 participant: 1 completed');
    expect(within(screen.getByTestId('timeline-year-2024-25')).getByRole('row', { name: /Finance masterclass/ })).not.toHaveTextContent(
      'predecessor',
    );
  });

  it('puts the chosen financial year in the address and asks the API for that year only', async () => {
    fetchMock.mockImplementation(async (request: Request) => {
      return jsonResponse(
        timeline(new URL(request.url).searchParams.get('financialYear') === '2023-24' ? [ENTRIES[2]] : ENTRIES),
      );
    });
    const user = userEvent.setup();
    const { router } = renderTimeline();
    await screen.findByRole('heading', { level: 3, name: '2022-23' });

    await user.selectOptions(screen.getByLabelText('Financial year'), '2023-24');
    await user.click(screen.getByRole('button', { name: 'Show support' }));

    await waitFor(() => expect(router.state.location.search).toBe('?financialYear=2023-24'));
    expect(router.state.location.hash).toBe('#support-received');
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: '2022-23' })).not.toBeInTheDocument());
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['2023-24']);
    expect(requestedUrls().at(-1)?.searchParams.get('financialYear')).toBe('2023-24');
  });

  it('shows one year when the address names it, and says when nothing is recorded', async () => {
    fetchMock.mockResolvedValue(jsonResponse(timeline([])));
    renderTimeline('/councils/E06000017?financialYear=2019-20', true);

    expect(await screen.findByText('No support is recorded for this council in 2019-20.')).toBeInTheDocument();
    expect(requestedUrls()[0].searchParams.get('financialYear')).toBe('2019-20');
    expect(screen.getByLabelText('Financial year')).toHaveValue('2019-20');
    expect(screen.getByRole('button', { name: 'Record a support engagement for this council' })).toHaveAttribute(
      'href',
      '/support-engagements/new?council=E06000017',
    );
  });

  it('shows a bad year from the address against the filter', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid parameters.',
        errors: [{ field: 'financialYear', message: 'must be a financial year such as 2023-24' }],
      }),
    );
    renderTimeline('/councils/E06000017?financialYear=2024');

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Financial year must be a financial year such as 2023-24' })).toHaveAttribute(
      'href',
      '#timelineFinancialYear',
    );
  });
});
