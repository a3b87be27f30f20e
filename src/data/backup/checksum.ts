/** SHA-256 checksums over the canonical payload (WebCrypto: browsers and Node 20 alike). */
import { canonicalJson } from './canonical-json.ts';
import { utf8Bytes } from './utf8.ts';

const PREFIX = 'sha256:';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', utf8Bytes(text) as BufferSource);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The checksum string a backup file carries for `payload`. */
export async function payloadChecksum(payload: unknown): Promise<string> {
  return PREFIX + (await sha256Hex(canonicalJson(payload)));
}

/** The checksum for a payload already in canonical form (avoids serialising twice on export). */
export async function canonicalTextChecksum(canonicalPayload: string): Promise<string> {
  return PREFIX + (await sha256Hex(canonicalPayload));
}
