import type { Enrolment } from '@/features/cohorts/api/enrolments';
import type { CohortDiversity } from '@/features/cohorts/api/get-cohort';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';

// Absent optional fields are left out, as the API leaves them out.

export function cohort(overrides: Partial<Cohort> = {}): Cohort {
  return {
    id: 12,
    programme: { id: 'ngdp', name: 'National Graduate Development Programme (Impact)', theme: 'workforce', themeLabel: 'Workforce' },
    name: 'NGDP cohort 25',
    financialYear: '2023-24',
    startDate: '2023-09-04',
    endDate: '2025-08-29',
    organisation: { id: 'lga', name: 'LGA' },
    participants: 3,
    enrolled: 1,
    completed: 1,
    withdrawn: 1,
    councils: 2,
    version: 2,
    updatedAt: '2025-02-03T10:15:30Z',
    ...overrides,
  };
}

export function enrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: 3051,
    cohortId: 12,
    participantKey: 'par-7k2m9q4xw3ab',
    council: { gssCode: 'E06000047', name: 'County Durham' },
    participantRole: 'officer',
    participantRoleLabel: 'Officer',
    status: 'enrolled',
    statusLabel: 'Enrolled',
    organisation: { id: 'lga', name: 'LGA' },
    version: 4,
    updatedAt: '2025-02-03T10:15:30Z',
    ...overrides,
  };
}

export function diversity(): CohortDiversity {
  const withheld = (code: string, label: string) => ({ code, label, suppressed: true });
  return {
    cohortId: 12,
    participants: 27,
    threshold: 5,
    sex: [
      { code: 'female', label: 'Female', count: 15, suppressed: false },
      { code: 'male', label: 'Male', count: 9, suppressed: false },
      withheld('prefer-not-to-say', 'Prefer not to say'),
      withheld('not-recorded', 'Not recorded'),
    ],
    ethnicGroup: [{ code: 'white', label: 'White', count: 27, suppressed: false }],
    disability: [withheld('yes', 'Yes'), { code: 'no', label: 'No', count: 25, suppressed: false }],
  };
}

export function page<T>(items: T[], overrides: Record<string, number> = {}) {
  return { items, page: 1, size: 25, totalItems: items.length, totalPages: 1, ...overrides };
}

export const PROGRAMMES = [
  { id: 'next-generation', name: 'Next Generation', theme: 'governance-and-leadership', themeLabel: 'Governance and leadership' },
  { id: 'ngdp', name: 'National Graduate Development Programme (Impact)', theme: 'workforce', themeLabel: 'Workforce' },
];
