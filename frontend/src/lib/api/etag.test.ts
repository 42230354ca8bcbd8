import { describe, expect, it } from 'vitest';

import { etagOf, ifMatch } from './etag';

describe('etagOf', () => {
  it('takes the ETag header as it is', () => {
    const response = new Response('{}', { headers: { ETag: '"7"' } });
    expect(etagOf(response, 3)).toBe('"7"');
  });

  it('falls back to the version in the body, quoted', () => {
    expect(etagOf(new Response('{}'), 3)).toBe('"3"');
    expect(etagOf(new Response('{}'), 0)).toBe('"0"');
  });

  it('is empty when there is neither', () => {
    expect(etagOf(new Response('{}'))).toBe('');
  });
});

describe('ifMatch', () => {
  it('sends the ETag back unchanged', () => {
    expect(ifMatch('W/"4"')).toEqual({ 'If-Match': 'W/"4"' });
  });

  it('refuses to write without a read', () => {
    expect(() => ifMatch('')).toThrowError(/read the record/);
  });
});
