/** The zip reader on its own: real sizes, CRC-32, names and the directory against the stream. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.ts';
import { isPlainRelativePath, readZipEntries } from './zip-reader.ts';
import { patchZipEntry } from './zip-surgery.testing.ts';

const limits = { maxEntries: 10, maxTotalBytes: 1024 * 1024, what: 'The archive' };

describe('readZipEntries', () => {
  it('reads back exactly what was zipped, stored or deflated, empty files and folders included', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello'), 'dir/': new Uint8Array(0), 'dir/b.bin': [new Uint8Array(5000).fill(7), { level: 0 }], 'empty.txt': new Uint8Array(0) });
    const files = readZipEntries(zip, limits);
    expect([...files.keys()]).toEqual(['a.txt', 'dir/b.bin', 'empty.txt']);
    expect(files.get('a.txt')).toEqual(strToU8('hello'));
    expect(files.get('dir/b.bin')).toEqual(new Uint8Array(5000).fill(7));
  });

  it('counts the bytes it really inflates: a bomb declaring 0 bytes, or a fair size over the limit, is refused', () => {
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(16 * 1024 * 1024) });
    expect(() => readZipEntries(patchZipEntry(bomb, 'zeros.bin', { size: 0 }), { ...limits, maxTotalBytes: 64 * 1024 * 1024 }))
      .toThrow('"zeros.bin" unpacks to more data than it declares: the file is damaged or a zip bomb.');
    // Declared honestly but too large: refused from the directory, before inflating.
    expect(() => readZipEntries(bomb, limits)).toThrow('The archive unpacks to far more data than it can hold.');
    // Declared under the limit, truthfully sized entries adding up past it: refused while inflating.
    const many = zipSync(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`f${i}.bin`, new Uint8Array(400 * 1024)])));
    expect(() => readZipEntries(patchZipEntry(many, 'f2.bin', { size: 1 }), limits)).toThrow(/unpacks to more data than it declares|far more data/);
  });

  it('checks each entry\'s CRC-32 (the known value of "hello" is 0x3610a686)', () => {
    expect(crc32(strToU8('hello'))).toBe(0x3610a686);
    const zip = zipSync({ 'a.txt': strToU8('hello') });
    expect(() => readZipEntries(patchZipEntry(zip, 'a.txt', { crc: 0x3610a687 }), limits)).toThrow('"a.txt" fails its CRC-32 check');
  });

  it('refuses names that are not plain relative paths', () => {
    for (const bad of ['/abs', 'a/../b', './a', 'a//b', 'C:/x', 'a\\b', '__proto__', 'x/constructor', 'prototype', 'a\u0000b', 'tab\there', '']) {
      expect(isPlainRelativePath(bad), JSON.stringify(bad)).toBe(false);
    }
    for (const good of ['index.html', 'attachments/01-x/02-photo.png', 'credentials/01-a.json', '__proto__x', 'constructors']) {
      expect(isPlainRelativePath(good), good).toBe(true);
    }
  });

  it('refuses more entries than the limit, before reading any', () => {
    const zip = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, strToU8('x')])));
    expect(() => readZipEntries(zip, limits)).toThrow('The archive holds far too many files.');
  });
});
