/**
 * JSON as a signed document must be read: the same way by every reader. JSON.parse keeps the last
 * of two equal keys while another parser may keep the first, so a credential with
 * `"name": "A", "name": "B"` could show one name here and another elsewhere under the same
 * signature. This finds such keys in one linear pass over text JSON.parse has already accepted.
 */

/** The first key that appears twice in one object of `text` (valid JSON), or null. */
export function firstDuplicateKey(text: string): string | null {
  // One set of keys per open object; null for an open array.
  const open: (Set<string> | null)[] = [];
  // After "{" or "," inside an object, the next string is a key.
  let expectKey = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') {
      const start = at;
      for (at++; text[at] !== '"'; at++) if (text[at] === '\\') at++;
      if (!expectKey) continue;
      expectKey = false;
      // The raw slice is a JSON string literal; decoding it makes "\u0061" and "a" the same key.
      const key = JSON.parse(text.slice(start, at + 1)) as string;
      const keys = open[open.length - 1]!;
      if (keys.has(key)) return key;
      keys.add(key);
    } else if (char === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (char === '[') {
      open.push(null);
    } else if (char === '}' || char === ']') {
      open.pop();
    } else if (char === ',') {
      expectKey = open[open.length - 1] instanceof Set;
    }
  }
  return null;
}

export type StrictJson = { ok: true; value: unknown } | { ok: false; problem: 'not-json' | 'duplicate-key'; key?: string };

/** JSON.parse, refusing text in which any object names a key twice. */
export function parseStrictJson(text: string): StrictJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const key = firstDuplicateKey(text);
  return key === null ? { ok: true, value } : { ok: false, problem: 'duplicate-key', key };
}
