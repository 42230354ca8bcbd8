import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

import type { CouncilCounting } from '../lib/report-params';

export type PeerChallengeReport = components['schemas']['PeerChallengeReport'];
export type PeerDiversityGroup = components['schemas']['PeerDiversityGroup'];
export type PeerChallengeCoverage = components['schemas']['PeerChallengeCoverage'];
export type Share = components['schemas']['Share'];

export async function getPeerChallengeReport(year: string, councils: CouncilCounting): Promise<PeerChallengeReport> {
  const { data, error, response } = await api.GET('/api/v1/reports/peer-challenges/{financialYear}', {
    params: { path: { financialYear: year }, query: { councils } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export function usePeerChallengeReport(year: string, councils: CouncilCounting) {
  return useQuery({
    queryKey: ['reports', 'peer-challenges', year, councils],
    queryFn: () => getPeerChallengeReport(year, councils),
    staleTime: 5 * 60 * 1000,
    placeholderData: keepPreviousData,
  });
}
