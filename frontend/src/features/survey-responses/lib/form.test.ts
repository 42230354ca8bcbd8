import { describe, expect, it } from 'vitest';

import { bodyFromForm, isoDateFromParts, partsFromIsoDate } from './form';

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe('survey response form', () => {
  it('puts a date together from its parts, or leaves it out when none is given', () => {
    expect(isoDateFromParts('7', '3', '2025')).toBe('2025-03-07');
    expect(isoDateFromParts(' ', '', '')).toBeUndefined();
    // Passed on as typed, so the API can say it is not a date.
    expect(isoDateFromParts('31', '2', '')).toBe('0000-02-31');
    expect(partsFromIsoDate('2025-03-07')).toEqual({ day: '7', month: '3', year: '2025' });
    expect(partsFromIsoDate(undefined)).toEqual({ day: '', month: '', year: '' });
  });

  it('turns the fields into the API body, leaving out what is empty', () => {
    expect(
      bodyFromForm(
        form({
          subjectType: 'event',
          subjectId: '123',
          respondentRole: 'councillor',
          council: 'e06000047',
          satisfaction: '4',
          positiveImpact: 'yes',
          increasedConfidence: 'not-answered',
          wouldRecommend: 'no',
          comment: '  Good  ',
          'submittedDate-day': '14',
          'submittedDate-month': '3',
          'submittedDate-year': '2025',
        }),
      ),
    ).toEqual({
      subject: { type: 'event', id: 123 },
      respondentRole: 'councillor',
      council: 'E06000047',
      satisfaction: 4,
      positiveImpact: 'yes',
      increasedConfidence: 'not-answered',
      wouldRecommend: 'no',
      comment: 'Good',
      submittedDate: '2025-03-14',
    });
    const empty = bodyFromForm(form({ satisfaction: '', council: '' }));
    expect(empty.subject).toBeUndefined();
    expect(empty.satisfaction).toBeUndefined();
    expect(empty.council).toBeUndefined();
    expect(empty.submittedDate).toBeUndefined();
  });

  it('sends a subject id that is not a number as typed, and a council name as typed', () => {
    const body = bodyFromForm(form({ subjectType: 'cohort', subjectId: 'abc', council: 'Durham' }));
    expect(body.subject).toEqual({ type: 'cohort', id: 'abc' });
    expect(body.council).toBe('Durham');
  });
});
