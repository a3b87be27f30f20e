import { describe, expect, it } from 'vitest';
import { base64ByteLength, base64ToBytes, bytesToBase64 } from './base64.ts';
import { canonicalJson } from './canonical-json.ts';
import { payloadChecksum, sha256Hex } from './checksum.ts';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('sorts a nested object inside an already sorted one, and writes toJSON values as JSON does', () => {
    expect(canonicalJson({ a: { z: 1, y: [{ q: 2, p: 1 }] }, b: 1 })).toBe('{"a":{"y":[{"p":1,"q":2}],"z":1},"b":1}');
    expect(canonicalJson({ b: new Date(0), a: [1] })).toBe('{"a":[1],"b":"1970-01-01T00:00:00.000Z"}');
    expect(canonicalJson({ 10: 'x', 2: 'y', b: 1, a: 0 })).toBe(JSON.stringify({ 2: 'y', 10: 'x', a: 0, b: 1 }));
  });

  it('escapes strings exactly as JSON does', () => {
    const text = 'quote " backslash \\ newline \n é ✓';
    expect(JSON.parse(canonicalJson({ text }))).toEqual({ text });
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([() => 1])).toThrow(/function/);
    expect(() => canonicalJson([undefined])).toThrow(/undefined/);
    expect(canonicalJson({ ['__proto__']: { b: 1, a: 2 } })).toBe('{"__proto__":{"a":2,"b":1}}');
  });
});

describe('checksums', () => {
  it('computes the SHA-256 of a known string', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('depends on values but not on key order', async () => {
    const first = await payloadChecksum({ a: 1, b: [1, 2] });
    expect(await payloadChecksum({ b: [1, 2], a: 1 })).toBe(first);
    expect(await payloadChecksum({ a: 1, b: [2, 1] })).not.toBe(first);
  });
});

describe('base64', () => {
  it('round-trips every byte value and large inputs', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, index) => (index * 7919) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
    expect(base64ByteLength(text)).toBe(bytes.length);
  });

  it('measures padding and rejects malformed text', () => {
    expect(base64ByteLength('YQ==')).toBe(1);
    expect(base64ByteLength('YWI=')).toBe(2);
    expect(base64ByteLength('YWJj')).toBe(3);
    expect(base64ByteLength('YWJ')).toBeNull();
    expect(base64ByteLength('YW!j')).toBeNull();
  });
});
