import type { CouncilDetail } from '@/features/councils/api/get-council';
import type { PeerChallenge } from '@/features/peer-challenges/api/get-peer-challenges';
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

export function peerChallenge(overrides: Partial<PeerChallenge> = {}): PeerChallenge {
  return {
    id: 42,
    type: 'cpc',
    typeLabel: 'Corporate Peer Challenge',
    council: { gssCode: 'E07000079', name: 'Cotswold' },
    region: 'south-west',
    status: 'requested',
    statusLabel: 'Requested',
    allowedTransitions: ['scoped', 'cancelled'],
    requestedDate: '2025-01-06',
    financialYear: '2024-25',
    focusAreas: [],
    teamSize: 0,
    totalPeerDays: 0,
    estimatedSaving: 0,
    version: 3,
    ...overrides,
  };
}

export function problemResponse(status: number, body: Record<string, unknown>) {
  return jsonResponse({ type: 'about:blank', status, ...body }, status, 'application/problem+json');
}

/** A signed-in user's access token carrying these realm roles (unsigned: only the app reads it). */
export function accessToken(roles: string[]) {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  return `${encode({ alg: 'none' })}.${encode({ realm_access: { roles } })}.`;
}

const NO_ANSWERS = { yes: 0, no: 0, notAnswered: 0 };

/**
 * What the survey responses section of an event, cohort, engagement or peer challenge page reads, when nobody
 * has responded yet; undefined for any other request.
 */
export function noSurveyResponses(request: Request): Response | undefined {
  const { pathname } = new URL(request.url);
  if (pathname === '/api/v1/survey-responses') {
    return jsonResponse({ items: [], page: 1, size: 10, totalItems: 0, totalPages: 0 });
  }
  if (pathname === '/api/v1/survey-responses/summary') {
    return jsonResponse({
      responses: 0,
      satisfactionAnswered: 0,
      satisfied: 0,
      positiveImpact: NO_ANSWERS,
      increasedConfidence: NO_ANSWERS,
      wouldRecommend: NO_ANSWERS,
    });
  }
  return undefined;
}
