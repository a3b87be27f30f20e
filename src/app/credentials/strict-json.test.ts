/** Twin keys and impossible dates: the two readings a lenient parser or Date would hide. */
import { describe, expect, it } from 'vitest';
import { firstImpossibleDate, isPossibleDate } from './calendar-dates.ts';
import { firstDuplicateKey, parseStrictJson } from './strict-json.ts';

describe('firstDuplicateKey', () => {
  it('finds twins at any depth, spelled plainly or with escapes, and nothing in honest JSON', () => {
    expect(firstDuplicateKey('{"a":1,"a":2}')).toBe('a');
    expect(firstDuplicateKey('{"x":{"b":1,"c":[{"d":1,"d":2}]}}')).toBe('d');
    expect(firstDuplicateKey('{"name":"A","\\u006eame":"B"}')).toBe('name');
    expect(firstDuplicateKey('{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}')).toBeNull();
    // Keys inside string values, escaped quotes and empty objects do not confuse it.
    expect(firstDuplicateKey('{"k":"{\\"k\\":1,\\"k\\":2}","e":{},"f":[[],{}],"g":"a,b"}')).toBeNull();
    expect(firstDuplicateKey('[{"a":1},{"a":1}]')).toBeNull();
  });

  it('says which problem a text has', () => {
    expect(parseStrictJson('{"a":1')).toEqual({ ok: false, problem: 'not-json' });
    expect(parseStrictJson('{"a":1,"a":1}')).toEqual({ ok: false, problem: 'duplicate-key', key: 'a' });
    expect(parseStrictJson('{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });
});

describe('calendar dates', () => {
  it('refuses days the calendar does not have, and keeps the real ones', () => {
    for (const bad of ['2026-02-30T09:30:00Z', '2026-02-29', '2026-04-31T00:00:00Z', '2026-13-01', '2026-00-10', '2026-05-01T24:00:00Z', '2026-05-01T10:60:00Z', '2026-05-01T10:00:61Z', '2026-05-01T10:00:00+25:00']) {
      expect(isPossibleDate(bad), bad).toBe(false);
    }
    for (const good of ['2028-02-29T00:00:00Z', '2026-12-31T23:59:59.999Z', '2026-05-01', '2026-05-01T10:00:00+05:30', 'not a date at all', 'urn:uuid:2026-02-30']) {
      expect(isPossibleDate(good), good).toBe(true);
    }
  });

  it('finds an impossible date anywhere in a document', () => {
    expect(firstImpossibleDate({ a: [{ b: { awardedDate: '2026-02-30T00:00:00Z' } }] })).toBe('2026-02-30T00:00:00Z');
    expect(firstImpossibleDate({ validFrom: '2026-05-01T00:00:00Z', n: 3, t: true, z: null })).toBeNull();
  });
});
