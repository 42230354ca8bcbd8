import { describe, expect, it } from 'vitest';

import { isApiError } from '@/lib/api/problem';

import { attendanceBodyFromForm, attendanceFieldsWithPrefix, eventBodyFromForm } from './form';

function formOf(values: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}

describe('event form', () => {
  it('sends the fields as the API takes them, leaving out empty ones', () => {
    expect(
      eventBodyFromForm(
        formOf({
          programme: 'springboard',
          title: ' Leading change ',
          type: 'masterclass',
          format: 'in-person',
          startDate: '2025-01-22',
          endDate: '',
          region: 'london',
          venue: '',
          capacity: '30',
        }),
      ),
    ).toEqual({
      programme: 'springboard',
      title: 'Leading change',
      type: 'masterclass',
      format: 'in-person',
      startDate: '2025-01-22',
      endDate: undefined,
      region: 'london',
      venue: undefined,
      capacity: 30,
    });
  });

  it('never sends a region for an online event', () => {
    expect(eventBodyFromForm(formOf({ format: 'online', region: 'london' })).region).toBeUndefined();
  });

  it('refuses a capacity that is not a whole number, as a field error', () => {
    try {
      eventBodyFromForm(formOf({ capacity: '12.5' }));
      expect.unreachable();
    } catch (error) {
      expect(isApiError(error, 400)).toBe(true);
      expect(isApiError(error) && error.errors).toEqual([
        { field: 'capacity', message: 'must be a whole number of places, like 30' },
      ]);
    }
  });
});

describe('attendance form', () => {
  it('leaves out an empty key so the API generates one, and upper-cases the council', () => {
    expect(attendanceBodyFromForm(formOf({ council: 'e06000047', attendeeRole: 'officer', attended: 'no', attendeeKey: ' ' }))).toEqual({
      council: 'E06000047',
      attendeeRole: 'officer',
      attended: false,
      attendeeKey: undefined,
    });
    expect(attendanceBodyFromForm(formOf({ attendeeRole: 'other', attended: 'yes', attendeeKey: 'bk-1' }))).toMatchObject({
      council: undefined,
      attended: true,
      attendeeKey: 'bk-1',
    });
  });

  it('gives the change form its own ids', () => {
    expect(attendanceFieldsWithPrefix('change-').council).toEqual({ id: 'change-council', label: 'Council' });
  });
});
