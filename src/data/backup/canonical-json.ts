/**
 * Canonical JSON: object keys sorted, no whitespace. The checksum covers this form, so a
 * backup verifies whatever tool re-indented or reordered it, and any change to a value does not.
 *
 * Built on the native JSON.stringify with a replacer that hands it key-sorted copies: several
 * times faster than assembling the text by hand, which matters at 100,000 attempts.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedReplacer);
}

function sortedReplacer(this: unknown, _key: string, value: unknown): unknown {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Canonical JSON has no NaN or Infinity.');
      return value;
    case 'function':
    case 'symbol':
      throw new TypeError(`Canonical JSON cannot hold a ${typeof value}.`);
    case 'undefined':
      // JSON.stringify drops undefined object fields, but would turn one in an array into null.
      if (Array.isArray(this)) throw new TypeError('Canonical JSON cannot hold undefined in an array.');
      return value;
    case 'object':
      if (value === null || Array.isArray(value)) return value;
      return sortKeys(value as Record<string, unknown>);
    default:
      return value;
  }
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  // A null-prototype copy: a key named "__proto__" stays an ordinary key instead of a prototype.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) sorted[key] = record[key];
  return sorted;
}
