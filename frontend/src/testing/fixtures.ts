import type { CouncilDetail } from '@/features/councils/api/get-council';
import type { CouncilPage, CouncilSummary } from '@/features/councils/api/get-councils';

// Absent optional fields are left out, as the API leaves them out.

export function councilSummary(overrides: Partial<CouncilSummary> = {}): CouncilSummary {
  return {
    gssCode: 'E06000063',
    name: 'Cumberland',
    type: 'unitary',
    typeLabel: 'Unitary authority',
    region: 'north-west',
    regionLabel: 'North West',
    nation: 'england',
    nationLabel: 'England',
    startDate: '2023-04-01',
    current: true,
    ...overrides,
  };
}

export const cumbria = councilSummary({
  gssCode: 'E10000006',
  name: 'Cumbria',
  type: 'county',
  typeLabel: 'County council',
  startDate: '1974-04-01',
  endDate: '2023-03-31',
  current: false,
});

export function councilPage(items: CouncilSummary[], overrides: Partial<CouncilPage> = {}): CouncilPage {
  return { items, page: 1, size: 25, totalItems: items.length, totalPages: 1, ...overrides };
}

export function councilDetail(overrides: Partial<CouncilDetail> = {}): CouncilDetail {
  return {
    ...councilSummary(),
    officialName: 'Cumberland Council',
    localAuthorityCode: 'CMD',
    predecessors: [
      { gssCode: 'E07000026', name: 'Allerdale', startDate: '1974-04-01', endDate: '2023-03-31' },
      { gssCode: 'E07000028', name: 'Carlisle', startDate: '1974-04-01', endDate: '2023-03-31' },
      { gssCode: 'E07000029', name: 'Copeland', startDate: '1974-04-01', endDate: '2023-03-31' },
    ],
    successors: [],
    ...overrides,
  };
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}
