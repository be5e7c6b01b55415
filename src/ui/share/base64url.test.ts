import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url.ts';

describe('base64url', () => {
  it('matches Node\'s base64url for every length from 0 to 300 and decodes back', () => {
    let x = 12345;
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);
      const text = toBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(text)).toEqual(bytes);
    }
  });

  it('refuses padding, the standard alphabet\'s + and /, whitespace, non-ASCII and impossible lengths', () => {
    for (const bad of ['QQ==', 'a+b/', 'ab cd', 'abç', 'a', 'abcde', '%41%42']) expect(fromBase64url(bad), bad).toBeNull();
    expect(fromBase64url('')).toEqual(new Uint8Array(0));
  });
});
