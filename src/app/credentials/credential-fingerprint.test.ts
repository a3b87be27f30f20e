import { describe, expect, it } from 'vitest';
import { formatFingerprint, sha256Hex } from './credential-fingerprint.ts';

describe('credential fingerprint', () => {
  it('is the SHA-256 of the exact bytes (FIPS 180-2 "abc" vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(await sha256Hex('abc'));
  });

  it('changes with a single byte, including whitespace', async () => {
    expect(await sha256Hex('{"a":1}')).not.toBe(await sha256Hex('{"a": 1}'));
  });

  it('prints in groups of four', () => {
    expect(formatFingerprint('ba7816bf8f01cfea')).toBe('ba78 16bf 8f01 cfea');
  });
});
