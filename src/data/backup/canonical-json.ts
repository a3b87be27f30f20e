/**
 * Canonical JSON: object keys sorted, no whitespace. The checksum covers this form, so a
 * backup verifies whatever tool re-indented or reordered it, and any change to a value does not.
 *
 * One walk in JavaScript puts every object's keys in order (copying only the objects whose keys
 * are not already sorted) and refuses what JSON cannot hold; then one native JSON.stringify, with
 * no replacer, writes the text. A replacer is called back from native code for every value, which
 * cost about 1.5 s of a 100,000-attempt export; this walk costs a fraction of that.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value, '', false));
}

/** `value` with every object's keys sorted: the same reference when it already is. */
function canonicalValue(value: unknown, key: string, inArray: boolean): unknown {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Canonical JSON has no NaN or Infinity.');
      return value;
    case 'function':
    case 'symbol':
      throw new TypeError(`Canonical JSON cannot hold a ${typeof value}.`);
    case 'undefined':
      // JSON.stringify drops undefined object fields, but would turn one in an array into null.
      if (inArray) throw new TypeError('Canonical JSON cannot hold undefined in an array.');
      return value;
    case 'object':
      if (value === null) return value;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
        // What JSON.stringify would write in its place (a Date's text, say), canonicalised too.
        return canonicalValue((value as { toJSON(key: string): unknown }).toJSON(key), key, inArray);
      }
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      return value;
  }
}

function canonicalArray(items: unknown[]): unknown[] {
  let copy: unknown[] | undefined;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const canonical = canonicalValue(item, String(index), true);
    if (canonical !== item) {
      copy ??= items.slice(0, index);
    }
    if (copy) copy.push(canonical);
  }
  return copy ?? items;
}

function canonicalObject(record: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(record);
  let sorted = true;
  for (let index = 1; index < keys.length; index++) {
    if (keys[index - 1]! > keys[index]!) {
      sorted = false;
      break;
    }
  }
  if (!sorted) keys.sort();
  let copy: Record<string, unknown> | undefined;
  if (!sorted) copy = emptyLike(keys);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const field = record[key];
    const canonical = canonicalValue(field, key, false);
    if (!copy && canonical !== field) {
      copy = emptyLike(keys);
      for (let earlier = 0; earlier < index; earlier++) copy[keys[earlier]!] = record[keys[earlier]!];
    }
    if (copy) copy[key] = canonical;
  }
  return copy ?? record;
}

/**
 * An empty object to copy `keys` into. An ordinary object, so that V8 gives the copies of
 * same-shaped rows one hidden class and stringifies them on its fast path; a null-prototype one
 * only when a key is "__proto__", so that it stays an ordinary key instead of a prototype.
 */
function emptyLike(keys: readonly string[]): Record<string, unknown> {
  return keys.includes('__proto__') ? (Object.create(null) as Record<string, unknown>) : {};
}
