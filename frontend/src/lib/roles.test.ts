import { describe, expect, it } from 'vitest';

import { rolesFromAccessToken } from './roles';

function token(payload: object) {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.signature`;
}

describe('rolesFromAccessToken', () => {
  it('reads the realm roles', () => {
    expect(rolesFromAccessToken(token({ realm_access: { roles: ['default-roles-sector-support', 'staff'] } }))).toEqual(
      ['default-roles-sector-support', 'staff'],
    );
  });

  it('has no roles without a token, a realm_access claim or a readable payload', () => {
    expect(rolesFromAccessToken(undefined)).toEqual([]);
    expect(rolesFromAccessToken(token({ sub: 'x' }))).toEqual([]);
    expect(rolesFromAccessToken('not-a-jwt')).toEqual([]);
    expect(rolesFromAccessToken('a.%%%.c')).toEqual([]);
  });
});
