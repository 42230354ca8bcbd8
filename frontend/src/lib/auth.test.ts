import { ErrorResponse, ErrorTimeout } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';

import { signInServiceUnreachable } from './auth';

describe('signInServiceUnreachable', () => {
  it('is true when the sign-in service did not answer: a failed fetch or a timeout', () => {
    // What a browser's fetch rejects with when nothing listens (Chromium's wording; Firefox says NetworkError).
    expect(signInServiceUnreachable(new TypeError('Failed to fetch'))).toBe(true);
    expect(signInServiceUnreachable(new ErrorTimeout('Request timed out'))).toBe(true);
  });

  it('is false when it answered with an error, or for anything else', () => {
    expect(signInServiceUnreachable(new ErrorResponse({ error: 'access_denied' }))).toBe(false);
    expect(signInServiceUnreachable(new Error('No matching state found in storage'))).toBe(false);
    expect(signInServiceUnreachable(undefined)).toBe(false);
  });
});
