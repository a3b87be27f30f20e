/**
 * Test support: edits a zip's bytes in place the way a hostile tool would, in the local header,
 * the central directory or both, so that a zip can lie about an entry's size, CRC, compression
 * or name while every other byte stays valid.
 */
export interface EntryPatch {
  /** The inflated size the entry declares. */
  size?: number;
  crc?: number;
  method?: number;
  /** A new name of the same length in bytes (ASCII). */
  rename?: string;
  /** Where to write: both records (default), or only one of them. */
  where?: 'both' | 'local' | 'central';
}

const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;

function endRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new Error('no end record');
}

/** A copy of `zip` with the entry called `name` patched. */
export function patchZipEntry(zip: Uint8Array, name: string, patch: EntryPatch): Uint8Array<ArrayBuffer> {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const end = endRecord(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const where = patch.where ?? 'both';
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const entryName = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      const local = view.getUint32(at + 42, true);
      // Offsets of method, CRC, inflated size and name in each record.
      const records = [
        ...(where !== 'local' ? [{ method: at + 10, crc: at + 16, size: at + 24, name: at + 46 }] : []),
        ...(where !== 'central' ? [{ method: local + 8, crc: local + 14, size: local + 22, name: local + 30 }] : []),
      ];
      for (const record of records) {
        if (patch.method !== undefined) view.setUint16(record.method, patch.method, true);
        if (patch.crc !== undefined) view.setUint32(record.crc, patch.crc >>> 0, true);
        if (patch.size !== undefined) view.setUint32(record.size, patch.size >>> 0, true);
        if (patch.rename !== undefined) {
          const renamed = new TextEncoder().encode(patch.rename);
          if (renamed.length !== nameLength) throw new Error('a rename must keep the length');
          bytes.set(renamed, record.name);
        }
      }
      return bytes;
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}
