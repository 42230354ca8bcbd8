import { describe, expect, it } from 'vitest';

import { bodyFromForm, createBodyFromForm } from './form';

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('bodyFromForm', () => {
  it('takes every field, leaving empty ones out and upper-casing the GSS code', () => {
    const body = bodyFromForm(
      form([
        ['council', ' e07000079 '],
        ['type', 'cpc'],
        ['requestedDate', '2025-01-06'],
        ['peerChallengeManager', 'Sam Patel'],
        ['onSiteStartDate', '2025-03-10'],
        ['onSiteEndDate', ''],
        ['focusAreas', 'governance-and-culture'],
        ['focusAreas', 'capacity-for-improvement'],
        ['followsUpId', '41'],
        ['notes', '  '],
      ]),
    );
    expect(body).toEqual({
      council: 'E07000079',
      type: 'cpc',
      requestedDate: '2025-01-06',
      peerChallengeManager: 'Sam Patel',
      onSiteStartDate: '2025-03-10',
      onSiteEndDate: undefined,
      focusAreas: ['governance-and-culture', 'capacity-for-improvement'],
      reportPublishedDate: undefined,
      actionPlanPublishedDate: undefined,
      followsUpId: undefined,
      notes: undefined,
    });
  });

  it('sends the CPC followed up only for a progress review', () => {
    expect(bodyFromForm(form([['type', 'cpc-progress-review'], ['followsUpId', '41']])).followsUpId).toBe(41);
  });
});

describe('createBodyFromForm', () => {
  it('leaves out publication dates and an empty request date (the API defaults it to today)', () => {
    const body = createBodyFromForm(
      form([
        ['council', 'E07000079'],
        ['type', 'fpc'],
        ['reportPublishedDate', '2025-05-01'],
      ]),
    );
    expect(body).not.toHaveProperty('reportPublishedDate');
    expect(body).not.toHaveProperty('actionPlanPublishedDate');
    expect(body).not.toHaveProperty('requestedDate');
    expect(body).toMatchObject({ council: 'E07000079', type: 'fpc' });
  });
});
