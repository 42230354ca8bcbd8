import { describe, expect, it } from 'vitest';

import { createEnv } from './env';

describe('createEnv', () => {
  it('reads the VITE_ variables, stripping the prefix and defaulting the API base URL to same origin', () => {
    const env = createEnv({
      VITE_OIDC_AUTHORITY: 'http://localhost:8180/realms/sector-support',
      VITE_OIDC_CLIENT_ID: 'sector-support-web',
      MODE: 'test',
    });
    expect(env).toEqual({
      OIDC_AUTHORITY: 'http://localhost:8180/realms/sector-support',
      OIDC_CLIENT_ID: 'sector-support-web',
      API_BASE_URL: '',
    });
  });

  it('fails loudly, naming every missing key', () => {
    expect(() => createEnv({ VITE_API_BASE_URL: '' })).toThrowError(
      /VITE_OIDC_AUTHORITY: missing[\s\S]*VITE_OIDC_CLIENT_ID: missing/,
    );
  });

  it('treats empty values as missing', () => {
    expect(() => createEnv({ VITE_OIDC_AUTHORITY: 'http://kc/realms/x', VITE_OIDC_CLIENT_ID: '' })).toThrowError(
      'VITE_OIDC_CLIENT_ID: missing',
    );
  });

  it('rejects a malformed URL', () => {
    expect(() => createEnv({ VITE_OIDC_AUTHORITY: 'not a url', VITE_OIDC_CLIENT_ID: 'web' })).toThrowError(
      /VITE_OIDC_AUTHORITY: (?!missing)/,
    );
  });
});
