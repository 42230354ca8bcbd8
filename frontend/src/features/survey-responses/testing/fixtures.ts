import type { SurveyResponse } from '../api/get-survey-responses';
import type { SurveySummary } from '../api/get-survey-summary';

// Absent optional fields are left out, as the API leaves them out.

export function surveyResponse(overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: 314,
    subject: { type: 'event', typeLabel: 'Event', id: 123, title: 'Springboard spring masterclass' },
    programme: { id: 'springboard', name: 'Springboard', theme: 'workforce', themeLabel: 'Workforce' },
    respondentRole: 'officer',
    respondentRoleLabel: 'Officer',
    council: { gssCode: 'E06000047', name: 'County Durham' },
    region: 'north-east',
    satisfaction: 5,
    positiveImpact: 'yes',
    increasedConfidence: 'not-answered',
    wouldRecommend: 'no',
    comment: 'Practical and well paced.',
    submittedDate: '2025-03-14',
    financialYear: '2024-25',
    organisation: { id: 'solace', name: 'Solace' },
    version: 2,
    updatedAt: '2025-03-14T10:15:30Z',
    ...overrides,
  };
}

export function surveySummary(overrides: Partial<SurveySummary> = {}): SurveySummary {
  return {
    responses: 25,
    satisfactionAnswered: 25,
    satisfied: 24,
    satisfiedPerCent: 96,
    meanSatisfaction: 4.52,
    positiveImpact: { yes: 18, no: 2, notAnswered: 5, yesPerCent: 90 },
    increasedConfidence: { yes: 2, no: 1, notAnswered: 22, yesPerCent: 66.7 },
    wouldRecommend: { yes: 0, no: 0, notAnswered: 25 },
    ...overrides,
  };
}

export function page<T>(items: T[], overrides: Record<string, unknown> = {}) {
  return { items, page: 1, size: 25, totalItems: items.length, totalPages: 1, ...overrides };
}
