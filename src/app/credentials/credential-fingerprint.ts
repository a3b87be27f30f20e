/**
 * A credential's fingerprint: the SHA-256 of its file's exact bytes, as a printed certificate shows
 * it and as the portfolio manifest lists it, so a reader can match paper to file.
 */
export async function sha256Hex(content: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Groups of four hex digits ("ba78 16bf ..."), easier to read aloud and compare by eye. */
export function formatFingerprint(hex: string): string {
  return hex.match(/.{1,4}/g)?.join(' ') ?? '';
}
