import { describe, expect, it } from 'vitest';

import { bodyFromForm, daysFromText } from './form';

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe('support engagement form', () => {
  it('turns the fields into the API body, leaving out empty ones', () => {
    expect(
      bodyFromForm(
        form({
          council: 'e06000017',
          programme: 'mentoring',
          type: 'mentoring',
          startDate: '2024-06-03',
          endDate: '',
          daysDelivered: ' 2.5 ',
          leadAdviser: ' Sam Patel ',
          notes: '',
        }),
      ),
    ).toEqual({
      council: 'E06000017',
      programme: 'mentoring',
      type: 'mentoring',
      startDate: '2024-06-03',
      endDate: undefined,
      daysDelivered: 2.5,
      leadAdviser: 'Sam Patel',
      notes: undefined,
    });
  });

  it('reads no days as none yet, and sends anything that is not a number for the API to name', () => {
    expect(daysFromText(undefined)).toBe(0);
    expect(daysFromText('12')).toBe(12);
    expect(daysFromText('lots')).toBe('lots');
  });
});
