import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCKOUT_POLICY,
  MIN_PIN_ITERATIONS,
  UNLOCKED,
  checkNewPin,
  constantTimeEqual,
  delayAfter,
  hashPin,
  lockoutStatus,
  parseLockoutState,
  parsePinRecord,
  recordWrongTry,
  tryUnlock,
  verifyPin,
  type LockoutState,
} from './coach-pin.ts';

const SECOND = 1000;

describe('checkNewPin', () => {
  it.each([
    ['1234', null],
    ['123456789012', null],
    ['123', 'too-short'],
    ['', 'too-short'],
    ['1234567890123', 'too-long'],
    ['12a4', 'not-digits'],
    ['١٢٣٤', 'not-digits'],
  ])('%j -> %s', (pin, problem) => {
    expect(checkNewPin(pin)).toBe(problem);
  });
});

describe('hash and verify', () => {
  it('verifies the right PIN and rejects wrong ones', async () => {
    const record = await hashPin('4821');
    expect(record.iterations).toBeGreaterThanOrEqual(MIN_PIN_ITERATIONS);
    expect(record.hash).not.toContain('4821');
    expect(await verifyPin('4821', record)).toBe(true);
    expect(await verifyPin('4822', record)).toBe(false);
    expect(await verifyPin('48210', record)).toBe(false);
  });

  it('salts every hash, so the same PIN gives different records', async () => {
    const [first, second] = await Promise.all([hashPin('0000'), hashPin('0000')]);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('survives a JSON round trip (the data layer stores it as a setting)', async () => {
    const record = await hashPin('97531');
    const stored = parsePinRecord(JSON.parse(JSON.stringify(record)));
    expect(stored).toEqual(record);
    expect(await verifyPin('97531', stored!)).toBe(true);
  });

  it('refuses a record whose iteration count was lowered', async () => {
    const record = await hashPin('1357');
    expect(await verifyPin('1357', { ...record, iterations: 1000 })).toBe(false);
  });

  it('refuses to hash a malformed PIN or with too few iterations', async () => {
    await expect(hashPin('12')).rejects.toThrow(RangeError);
    await expect(hashPin('1234', 1000)).rejects.toThrow(RangeError);
  });

  it.each([
    ['null', null],
    ['wrong algorithm', { algorithm: 'MD5', iterations: 310000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'x' }],
    ['hash not base64', { algorithm: 'PBKDF2-SHA-256', iterations: 310000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: '!!' }],
    ['short hash', { algorithm: 'PBKDF2-SHA-256', iterations: 310000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'AAAA' }],
    ['fractional iterations', { algorithm: 'PBKDF2-SHA-256', iterations: 1.5, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'AAAA' }],
  ])('parsePinRecord rejects %s', (_label, value) => {
    expect(parsePinRecord(value)).toBeNull();
  });
});

describe('constantTimeEqual', () => {
  it.each([
    [[1, 2, 3], [1, 2, 3], true],
    [[1, 2, 3], [1, 2, 4], false],
    [[1, 2, 3], [1, 2], false],
    [[], [], true],
    [[0, 0], [0, 0, 0], false],
  ])('%j vs %j -> %s', (left, right, equal) => {
    expect(constantTimeEqual(Uint8Array.from(left), Uint8Array.from(right))).toBe(equal);
  });
});

describe('lockout policy', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30 * SECOND],
    [6, 60 * SECOND],
    [7, 120 * SECOND],
    [9, 480 * SECOND],
    [10, 900 * SECOND],
    [1000, 900 * SECOND],
  ])('after %i wrong tries the wait is %i ms', (failures, wait) => {
    expect(delayAfter(failures)).toBe(wait);
  });

  // Each row: a wrong try at time `at` (seconds), unless `status` is asked, then the expected
  // state of the lock at that time. Tries made while locked are not counted (tryUnlock refuses
  // them before they get here), so the table only records accepted ones.
  const timeline: { at: number; action: 'wrong' | 'status'; locked: boolean; waitS: number }[] = [
    { at: 0, action: 'wrong', locked: false, waitS: 0 },
    { at: 1, action: 'wrong', locked: false, waitS: 0 },
    { at: 2, action: 'wrong', locked: false, waitS: 0 },
    { at: 3, action: 'wrong', locked: false, waitS: 0 },
    { at: 4, action: 'wrong', locked: true, waitS: 30 },
    { at: 20, action: 'status', locked: true, waitS: 14 },
    { at: 34, action: 'status', locked: false, waitS: 0 },
    { at: 34, action: 'wrong', locked: true, waitS: 60 },
    { at: 93, action: 'status', locked: true, waitS: 1 },
    { at: 94, action: 'wrong', locked: true, waitS: 120 },
    { at: 214, action: 'wrong', locked: true, waitS: 240 },
  ];

  it('follows the timeline of wrong tries and waits', () => {
    let state: LockoutState = { ...UNLOCKED };
    for (const row of timeline) {
      const now = row.at * SECOND;
      if (row.action === 'wrong') state = recordWrongTry(state, now);
      const status = lockoutStatus(state, now);
      expect({ at: row.at, ...status }, `at ${row.at}s`).toEqual({ at: row.at, locked: row.locked, waitMs: row.waitS * SECOND });
    }
    expect(state.failures).toBe(8);
  });

  it('never waits longer than the policy allows when the clock went backwards', () => {
    const state = recordWrongTry({ failures: 4, lockedUntil: null }, 10_000_000);
    const status = lockoutStatus(state, 0);
    expect(status).toEqual({ locked: true, waitMs: DEFAULT_LOCKOUT_POLICY.firstDelayMs });
  });

  it('honours a custom policy', () => {
    const policy = { freeTries: 2, firstDelayMs: 1000, maxDelayMs: 3000 };
    expect([1, 2, 3, 4, 5].map((failures) => delayAfter(failures, policy))).toEqual([0, 1000, 2000, 3000, 3000]);
  });

  it.each([
    ['nothing', undefined, UNLOCKED],
    ['a string', 'locked', UNLOCKED],
    ['negative failures', { failures: -3, lockedUntil: 5 }, { failures: 0, lockedUntil: 5 }],
    ['a good record', { failures: 6, lockedUntil: 123 }, { failures: 6, lockedUntil: 123 }],
    ['a non-numeric lock', { failures: 2, lockedUntil: '9' }, { failures: 2, lockedUntil: null }],
  ])('parseLockoutState reads %s', (_label, value, expected) => {
    expect(parseLockoutState(value)).toEqual(expected);
  });
});

describe('tryUnlock', () => {
  it('counts wrong PINs, refuses tries while locked without checking them, and resets on success', async () => {
    const record = await hashPin('2468');
    let time = 0;
    const clock = () => time;
    let state: LockoutState = { failures: 4, lockedUntil: null };

    const fifth = await tryUnlock('0000', record, state, clock);
    expect(fifth).toMatchObject({ outcome: 'wrong-pin', waitMs: 30 * SECOND });
    state = fifth.state;

    time = 10 * SECOND;
    // Even the right PIN is refused during the wait, and the refusal changes nothing.
    const early = await tryUnlock('2468', record, state, clock);
    expect(early).toEqual({ outcome: 'locked', state, waitMs: 20 * SECOND });

    time = 30 * SECOND;
    const right = await tryUnlock('2468', record, state, clock);
    expect(right).toEqual({ outcome: 'unlocked', state: UNLOCKED });
  });
});
