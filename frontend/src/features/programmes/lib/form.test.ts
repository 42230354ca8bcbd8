import { describe, expect, it } from 'vitest';

import {
  activeYears,
  deliverableBodyFromForm,
  formatTarget,
  programmeBodyFromForm,
  programmeCreateBodyFromForm,
  programmeYears,
  targetValueFrom,
} from './form';

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe('programme form', () => {
  it('leaves empty fields out so that the API says what is missing', () => {
    expect(programmeBodyFromForm(form({ name: '  Springboard ', theme: '', activeTo: ' ' }))).toEqual({
      name: 'Springboard',
    });
  });

  it('lower-cases the identifier of a new programme', () => {
    expect(programmeCreateBodyFromForm(form({ id: 'Leadership-Academy', name: 'x' }))).toMatchObject({
      id: 'leadership-academy',
    });
  });
});

describe('deliverable form', () => {
  it('sends numbers as numbers and anything else as typed, for the API to reject', () => {
    expect(targetValueFrom('1,030')).toBe(1030);
    expect(targetValueFrom('92.5')).toBe(92.5);
    expect(targetValueFrom('90%')).toBe(90);
    expect(targetValueFrom('lots')).toBe('lots');
    expect(targetValueFrom(undefined)).toBeUndefined();
  });

  it('builds the body for the page’s programme', () => {
    expect(
      deliverableBodyFromForm(
        'ignite',
        form({ financialYear: '2025-26', statement: ' Ninety per cent ', targetUnit: 'per-cent', targetValue: '90', metricKey: 'Ignite-Confidence' }),
      ),
    ).toEqual({
      programme: 'ignite',
      financialYear: '2025-26',
      statement: 'Ninety per cent',
      targetUnit: 'per-cent',
      targetValue: 90,
      metricKey: 'ignite-confidence',
    });
  });
});

describe('formatting', () => {
  it('writes targets as the annual report does', () => {
    expect(formatTarget(110, 'count')).toBe('110');
    expect(formatTarget(1030, 'count')).toBe('1,030');
    expect(formatTarget(90, 'per-cent')).toBe('90%');
    expect(formatTarget(92.25, 'per-cent')).toBe('92.25%');
  });

  it('writes active years', () => {
    expect(activeYears('2010-11')).toBe('2010-11 onwards');
    expect(activeYears('2018-19', '2023-24')).toBe('2018-19 to 2023-24');
  });

  it('offers the years a programme runs in, newest first, up to next year while it runs', () => {
    expect(programmeYears('2023-24', undefined, '2025-26')).toEqual(['2026-27', '2025-26', '2024-25', '2023-24']);
    expect(programmeYears('2018-19', '2019-20', '2025-26')).toEqual(['2019-20', '2018-19']);
    expect(programmeYears('2030-31', undefined, '2025-26')).toEqual(['2030-31']);
  });
});
