import { paths } from '@/config/paths';

import type { SurveySubjectType } from './reference-data';

/** The page of a response's subject. */
export function subjectHref(type: SurveySubjectType, id: number): string {
  switch (type) {
    case 'event':
      return paths.event.getHref(id);
    case 'peer-challenge':
      return paths.peerChallenge.getHref(id);
    case 'support-engagement':
      return paths.supportEngagement.getHref(id);
    case 'cohort':
      return paths.cohort.getHref(id);
  }
}

/** The form for a new response about this subject, with the subject fixed (and its title shown, when given). */
export function newResponseHref(subjectType: SurveySubjectType, subjectId: number, subjectTitle?: string): string {
  const params = new URLSearchParams({ subjectType, subjectId: String(subjectId) });
  if (subjectTitle) params.set('subjectTitle', subjectTitle);
  return paths.newSurveyResponse.getHref(`?${params.toString()}`);
}
