import { describe, expect, it } from 'vitest';

import { applicableFields, metricBodyFromForm, numberFrom } from './form';

function formOf(entries: [string, string][]) {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

describe('the metric form', () => {
  it('shows only the definition fields that fit the kind and the records', () => {
    expect([...applicableFields({ kind: 'change-on-previous-year' })]).toEqual(['definition.baseMetric']);
    expect([...applicableFields({ kind: 'survey-percentage', activity: 'survey-response' })].sort()).toEqual(
      [
        'definition.activity',
        'definition.answers',
        'definition.programmes',
        'definition.question',
        'definition.roles',
        'definition.surveySubjects',
        'definition.theme',
      ].sort(),
    );
    expect([...applicableFields({ kind: 'days-sum', activity: 'team-member' })].sort()).toEqual(
      ['definition.activity', 'definition.peerChallengeTypes', 'definition.ratePerDay', 'definition.teamRoles'].sort(),
    );
    expect([...applicableFields({ kind: 'attribute-share', activity: 'enrolment' })]).toEqual(
      expect.arrayContaining(['definition.attribute', 'definition.attributeValue', 'definition.roles']),
    );
    expect(applicableFields({ kind: 'record-count', activity: 'peer-challenge' }).has('definition.condition')).toBe(true);
    expect(applicableFields({ kind: 'record-count', activity: 'event' }).has('definition.condition')).toBe(false);
    expect([...applicableFields({})]).toEqual([]);
  });

  it('turns the form into the body the API takes, leaving out what is empty', () => {
    const body = metricBodyFromForm(
      formOf([
        ['label', ' Peer days '],
        ['section', 'Peer challenge'],
        ['position', '80'],
        ['kind', 'days-sum'],
        ['unit', 'days'],
        ['definition.activity', 'team-member'],
        ['definition.peerChallengeTypes', 'cpc'],
        ['definition.peerChallengeTypes', 'fpc'],
        ['definition.ratePerDay', '£1,000'],
        ['sentence', 'Peers gave {value} days, saving {saving}'],
      ]),
    );
    expect(body).toEqual({
      label: 'Peer days',
      section: 'Peer challenge',
      position: 80,
      kind: 'days-sum',
      unit: 'days',
      definition: { activity: 'team-member', peerChallengeTypes: ['cpc', 'fpc'], ratePerDay: 1000 },
      sentence: 'Peers gave {value} days, saving {saving}',
    });
    expect(metricBodyFromForm(formOf([['position', '']])).position).toBeUndefined();
    expect(numberFrom('ten')).toBe('ten');
  });
});
