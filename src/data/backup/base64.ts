/** Base64 for bytes, the same in browsers and Node (atob/btoa exist in both). */

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // fromCharCode over chunks: spreading millions of arguments at once overflows the stack.
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)));
  }
  return btoa(parts.join(''));
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const BASE64_SHAPE = /^[A-Za-z0-9+/]*={0,2}$/;

/** The decoded length of well-formed base64, or null when `text` is not base64. */
export function base64ByteLength(text: string): number | null {
  if (text.length % 4 !== 0 || !BASE64_SHAPE.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
