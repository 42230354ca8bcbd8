import { describe, expect, it } from 'vitest';

import { cohortBodyFromForm, enrolmentBodyFromForm, withoutEmpty } from './form';

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe('cohort form', () => {
  it('sends the fields as typed, leaving empty ones for the API to default', () => {
    expect(
      withoutEmpty(
        cohortBodyFromForm(
          form({ programme: 'ngdp', name: ' NGDP cohort 26 ', financialYear: '', startDate: '2025-09-01', endDate: '' }),
        ),
      ),
    ).toEqual({ programme: 'ngdp', name: 'NGDP cohort 26', startDate: '2025-09-01' });
  });
});

describe('enrolment form', () => {
  it('upper-cases the council, defaults the status and leaves out unanswered questions and an empty key', () => {
    expect(
      withoutEmpty(
        enrolmentBodyFromForm(
          form({ council: 'e06000047', participantRole: 'officer', participantKey: ' ', sex: '', disability: 'no' }),
        ),
      ),
    ).toEqual({ council: 'E06000047', participantRole: 'officer', status: 'enrolled', disability: 'no' });
  });
});
