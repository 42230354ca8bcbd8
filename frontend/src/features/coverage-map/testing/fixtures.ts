import type { CouncilCoverage, CoverageByCouncil } from '../api/get-coverage-by-council';
import type { Hex } from '../lib/hex-layout';

// Absent optional fields are left out, as the API leaves them out.

/**
 * Six hexes in two rows. The top row (r = 1, odd) is shifted half a hex right:
 *
 *     Hartlepool  Middlesbrough  Redcar
 *   Stockton  (Cumberland)  Westmorland
 *
 * Cumberland's hex has no council in the fixture (as on a date before April 2023).
 */
export const HEXES: Hex[] = [
  { code: 'E06000001', name: 'Hartlepool', q: 0, r: 1 },
  { code: 'E06000002', name: 'Middlesbrough', q: 1, r: 1 },
  { code: 'E06000003', name: 'Redcar and Cleveland', q: 2, r: 1 },
  { code: 'E06000004', name: 'Stockton-on-Tees', q: 0, r: 0 },
  { code: 'E06000063', name: 'Cumberland', q: 1, r: 0 },
  { code: 'E06000064', name: 'Westmorland and Furness', q: 2, r: 0 },
];

function council(gssCode: string, name: string, overrides: Partial<CouncilCoverage> = {}): CouncilCoverage {
  return { council: { gssCode, name }, type: 'unitary', region: 'north-east', ...overrides };
}

export const COUNCILS: CouncilCoverage[] = [
  council('E07000026', 'Allerdale', {
    type: 'district',
    region: 'north-west',
    lastCpcOrFpcDate: '2021-02-01',
    yearsSince: 4.4,
    lastType: 'cpc',
    lastPeerChallengeId: 7,
  }),
  council('E47000001', 'Greater Manchester', { type: 'combined-authority', region: 'north-west' }),
  council('E06000001', 'Hartlepool', {
    lastCpcOrFpcDate: '2024-03-14',
    yearsSince: 1.3,
    lastType: 'cpc',
    lastPeerChallengeId: 42,
  }),
  council('E06000002', 'Middlesbrough', {
    lastCpcOrFpcDate: '2021-01-20',
    yearsSince: 4.4,
    lastType: 'fpc',
    lastPeerChallengeId: 43,
  }),
  council('E06000003', 'Redcar and Cleveland', {
    lastCpcOrFpcDate: '2018-11-14',
    yearsSince: 6.6,
    lastType: 'cpc',
    lastPeerChallengeId: 44,
  }),
  council('E06000004', 'Stockton-on-Tees'),
  council('E10000032', 'West Sussex', {
    type: 'county',
    region: 'south-east',
    lastCpcOrFpcDate: '2019-05-01',
    yearsSince: 6.2,
    lastType: 'cpc',
    lastPeerChallengeId: 45,
  }),
  council('E06000064', 'Westmorland and Furness', {
    region: 'north-west',
    lastCpcOrFpcDate: '2022-03-10',
    yearsSince: 3.3,
    lastType: 'cpc',
    lastPeerChallengeId: 46,
    predecessor: { gssCode: 'E07000031', name: 'South Lakeland', endDate: '2023-03-31' },
  }),
];

export function coverageByCouncil(overrides: Partial<CoverageByCouncil> = {}): CoverageByCouncil {
  return { asOf: '2025-06-30', windowStart: '2020-06-30', councils: COUNCILS, ...overrides };
}
