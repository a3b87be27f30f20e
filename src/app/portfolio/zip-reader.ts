/**
 * Reads a zip someone else made without trusting anything it says about itself.
 *
 * - The central directory is the list of entries: names are checked (plain relative paths, no
 *   duplicates, no `__proto__`/`constructor`/`prototype`) before a byte is inflated.
 * - Entries are inflated with fflate's streaming `Unzip`, fed 16 KB at a time, so one push can
 *   produce at most a few megabytes; the real inflated bytes are counted and reading stops the
 *   moment an entry holds more than it declared or the whole more than the limit (a 2 MB entry
 *   that declares 0 bytes and inflates to 2 GiB is stopped in its first chunk).
 * - Each entry's CRC-32 and size must match its directory record, and the entries streamed must be
 *   exactly the entries the directory lists, in the same order (a zip whose local headers and
 *   directory disagree shows different files to different tools).
 * Any problem throws a ZipRefusal with one plain sentence.
 */
import { Unzip, UnzipInflate, strFromU8 } from 'fflate';
import { CRC32_START, crc32Finish, crc32Update } from './crc32.ts';

export class ZipRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipRefusal';
  }
}

export interface ZipLimits {
  maxEntries: number;
  /** The most inflated bytes all entries together may hold. */
  maxTotalBytes: number;
  /** How the archive is called in messages ("The portfolio"). */
  what: string;
}

interface DirectoryEntry {
  name: string;
  crc: number;
  originalSize: number;
}

const refuse = (message: string): never => { throw new ZipRefusal(message); };
const CHUNK = 16 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** A path that stays inside the folder it is unpacked into, on any system. */
export function isPlainRelativePath(path: string): boolean {
  return path.length > 0 && path.length <= 300 && !path.startsWith('/') && !/^[A-Za-z]:/.test(path)
    && !path.includes('\\') && ![...path].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
    && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !FORBIDDEN_NAMES.has(part));
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unreadable = () => refuse(`${limits.what} is not a readable zip archive.`);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) { end = at; break; }
  }
  if (end < 0) unreadable();
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) refuse(`${limits.what} uses the ZIP64 format, which it never needs.`);
  if (count > limits.maxEntries) refuse(`${limits.what} holds far too many files.`);
  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  let declaredTotal = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) unreadable();
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > bytes.length) unreadable();
    // Bit 11 marks a UTF-8 name; otherwise it is code page 437, read as fflate reads it.
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !(flags & 0x800));
    const entry = { name, crc: view.getUint32(at + 16, true), originalSize: view.getUint32(at + 24, true) };
    const isFolder = name.endsWith('/') && entry.originalSize === 0;
    if (!isPlainRelativePath(isFolder ? name.slice(0, -1) : name)) refuse(`${limits.what} contains a file with an unsafe name ("${name}").`);
    if (names.has(name)) refuse(`${limits.what} contains two files named "${name}"; a zip may hold each name only once.`);
    names.add(name);
    declaredTotal += entry.originalSize;
    if (declaredTotal > limits.maxTotalBytes) refuse(`${limits.what} unpacks to far more data than it can hold.`);
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) { out.set(chunk, at); at += chunk.length; }
  return out;
}

/** Every file in the zip by name (folders left out), each checked against its directory record. */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array<ArrayBuffer>> {
  const directory = readDirectory(bytes, limits);
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  let streamed = 0;
  let total = 0;
  const unzip = new Unzip((file) => {
    const expected = directory[streamed++];
    if (!expected || expected.name !== file.name) {
      refuse(`${limits.what} is inconsistent: its list of files does not match the files it holds ("${file.name}").`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let crc = CRC32_START;
    file.ondata = (error, data, final) => {
      // fflate catches what this handler throws and hands it back here as `error`: keep our reason.
      if (error instanceof ZipRefusal) throw error;
      if (error) refuse(`"${file.name}" in ${limits.what.toLowerCase()} cannot be unpacked: it is damaged or uses an unsupported compression.`);
      size += data.length;
      total += data.length;
      if (size > expected.originalSize) refuse(`"${file.name}" unpacks to more data than it declares: the file is damaged or a zip bomb.`);
      if (total > limits.maxTotalBytes) refuse(`${limits.what} unpacks to far more data than it can hold.`);
      crc = crc32Update(crc, data);
      chunks.push(data);
      if (!final) return;
      if (size !== expected.originalSize) refuse(`"${file.name}" is not the size its zip entry declares: it is damaged.`);
      if (crc32Finish(crc) !== expected.crc) refuse(`"${file.name}" fails its CRC-32 check: it is damaged or was changed inside the zip.`);
      if (!file.name.endsWith('/')) files.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    refuse(`${limits.what} is not a readable zip archive.`);
  }
  const complete = directory.filter((entry) => !entry.name.endsWith('/')).every((entry) => files.has(entry.name));
  if (streamed !== directory.length || !complete) refuse(`${limits.what} is inconsistent: its list of files does not match the files it holds.`);
  return files;
}
