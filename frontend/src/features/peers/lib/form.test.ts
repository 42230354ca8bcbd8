import { describe, expect, it } from 'vitest';

import { bodyFromForm } from './form';

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe('peer form', () => {
  it('turns the fields into the API body, leaving out empty ones', () => {
    expect(
      bodyFromForm(
        form({
          kind: 'member',
          name: ' Cllr Alex Morgan ',
          jobTitle: '',
          politicalGroup: 'labour',
          homeCouncil: 'e06000047',
          email: 'alex.morgan@example.org',
          phone: '',
          accreditationDate: '2021-06-15',
          active: 'yes',
          sex: 'female',
        }),
      ),
    ).toEqual({
      kind: 'member',
      name: 'Cllr Alex Morgan',
      jobTitle: undefined,
      politicalGroup: 'labour',
      homeCouncil: 'E06000047',
      email: 'alex.morgan@example.org',
      phone: undefined,
      accreditationDate: '2021-06-15',
      active: true,
      sex: 'female',
      ethnicGroup: undefined,
    });
  });

  it('sends "no" as inactive, and no political group for "None"', () => {
    const body = bodyFromForm(form({ kind: 'officer', name: 'Jo', homeCouncil: 'E06000017', politicalGroup: '', active: 'no' }));
    expect(body.active).toBe(false);
    expect(body.politicalGroup).toBeUndefined();
  });
});
