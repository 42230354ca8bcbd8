import { describe, expect, it } from 'vitest';

import { ApiError, fieldErrorsFor, matchField } from './problem';

const FIELDS = {
  council: { label: 'Council' },
  onSiteStartDate: { label: 'First day on site' },
  onSiteEndDate: { label: 'Last day on site' },
  focusAreas: { label: 'Focus areas' },
};

describe('matchField', () => {
  const known = Object.keys(FIELDS);
  it('finds a field by its name, an indexed name or the last part of a path', () => {
    expect(matchField('council', known)).toBe('council');
    expect(matchField('focusAreas[1]', known)).toBe('focusAreas');
    expect(matchField('create.body.onSiteEndDate', known)).toBe('onSiteEndDate');
    expect(matchField('region', known)).toBeUndefined();
    expect(matchField(undefined, known)).toBeUndefined();
  });
});

describe('fieldErrorsFor', () => {
  it('maps a problem’s field errors to messages for the form’s fields, naming each by its label', () => {
    const error = new ApiError(400, {
      title: 'Bad Request',
      errors: [
        { field: 'onSiteEndDate', message: 'must be on or after onSiteStartDate' },
        { field: 'onSiteEndDate', message: 'a second message is not shown inline' },
        { field: 'council', message: 'must match "E[0-9]{8}"' },
        { field: 'somethingElse', message: 'is not on this form' },
      ],
    });
    expect(fieldErrorsFor(error, FIELDS)).toEqual({
      onSiteEndDate: 'Last day on site must be on or after onSiteStartDate',
      council: 'Council must match "E[0-9]{8}"',
    });
  });

  it('gives nothing for an error that is not from the API', () => {
    expect(fieldErrorsFor(new Error('offline'), FIELDS)).toEqual({});
    expect(fieldErrorsFor(null, FIELDS)).toEqual({});
  });
});
