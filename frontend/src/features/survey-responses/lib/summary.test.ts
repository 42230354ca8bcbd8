import { describe, expect, it } from 'vitest';

import { surveySummary } from '../testing/fixtures';
import { meanText, questionText, responsesText, satisfiedText } from './summary';

describe('summary texts', () => {
  it('quotes the share satisfied of those who gave a score', () => {
    expect(satisfiedText(surveySummary())).toBe('96% (24 of 25 who gave a score)');
    expect(satisfiedText(surveySummary({ satisfactionAnswered: 0, satisfied: 0, satisfiedPerCent: undefined }))).toBe(
      'No scores given',
    );
  });

  it('gives the mean to at most two decimal places', () => {
    expect(meanText(surveySummary())).toBe('4.52 out of 5');
    expect(meanText(surveySummary({ meanSatisfaction: 4 }))).toBe('4.0 out of 5');
    expect(meanText(surveySummary({ meanSatisfaction: undefined }))).toBe('No scores given');
  });

  it('counts yes among those who answered, and says how many did not', () => {
    expect(questionText({ yes: 98, no: 12, notAnswered: 15, yesPerCent: 89.1 })).toBe(
      '89.1% yes (98 of 110 who answered; 15 did not answer)',
    );
    expect(questionText({ yes: 3, no: 0, notAnswered: 0, yesPerCent: 100 })).toBe('100% yes (3 of 3 who answered)');
    expect(questionText({ yes: 0, no: 0, notAnswered: 4 })).toBe('Nobody answered (4 did not answer)');
  });

  it('counts responses', () => {
    expect(responsesText(1)).toBe('1 response');
    expect(responsesText(1250)).toBe('1,250 responses');
  });
});
