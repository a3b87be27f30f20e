/**
 * CRC-32 (the ZIP polynomial 0xEDB88320), updated chunk by chunk as entries inflate. fflate checks
 * no CRC when it unzips and exports none, so the zip reader computes its own to compare with the
 * value each entry declares.
 */
const TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c >>> 0;
}

/** The running state to start from; pass the result of each update to the next. */
export const CRC32_START = 0xffffffff;

export function crc32Update(state: number, bytes: Uint8Array): number {
  let crc = state;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc >>> 0;
}

/** The final CRC-32 value from a running state. */
export function crc32Finish(state: number): number {
  return (state ^ 0xffffffff) >>> 0;
}

export function crc32(bytes: Uint8Array): number {
  return crc32Finish(crc32Update(CRC32_START, bytes));
}
