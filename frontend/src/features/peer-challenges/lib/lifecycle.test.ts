import { describe, expect, it } from 'vitest';

import { allowedTransitions, hasReached, takesDate, transitionAction } from './lifecycle';

describe('allowedTransitions', () => {
  it('uses the API’s list when it gives one, even an empty one', () => {
    expect(allowedTransitions({ status: 'requested', allowedTransitions: ['scoped'] })).toEqual(['scoped']);
    expect(allowedTransitions({ status: 'scheduled', allowedTransitions: [] })).toEqual([]);
  });

  it.each([
    ['requested', ['scoped', 'cancelled']],
    ['scoped', ['scheduled', 'cancelled']],
    ['scheduled', ['on-site', 'cancelled']],
    ['on-site', ['report-drafted', 'cancelled']],
    ['report-drafted', ['report-published', 'cancelled']],
    ['report-published', ['action-plan-published']],
    ['action-plan-published', []],
    ['cancelled', []],
  ] as const)('otherwise follows the lifecycle from %s', (status, expected) => {
    expect(allowedTransitions({ status })).toEqual(expected);
  });
});

describe('takesDate', () => {
  it('is true for the two publication moves only', () => {
    expect(takesDate('report-published')).toBe(true);
    expect(takesDate('action-plan-published')).toBe(true);
    expect(takesDate('report-drafted')).toBe(false);
    expect(takesDate('cancelled')).toBe(false);
  });
});

describe('hasReached', () => {
  it('compares positions on the lifecycle', () => {
    expect(hasReached('action-plan-published', 'report-published')).toBe(true);
    expect(hasReached('report-published', 'report-published')).toBe(true);
    expect(hasReached('report-drafted', 'report-published')).toBe(false);
    expect(hasReached('cancelled', 'requested')).toBe(false);
  });
});

describe('transitionAction', () => {
  it('names the button for each move', () => {
    expect(transitionAction('scoped')).toBe('Mark as scoped');
    expect(transitionAction('action-plan-published')).toBe('Mark action plan as published');
    expect(transitionAction('cancelled')).toBe('Cancel peer challenge');
  });
});
