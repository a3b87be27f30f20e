/**
 * The coach PIN: how it is stored (a salted PBKDF2-SHA-256 hash, never the PIN) and how wrong
 * tries are slowed down (a lockout that grows after the fifth wrong try).
 *
 * Both the hash record and the lockout state are plain JSON so the data layer can keep them as
 * household settings. Time is always passed in (`now`), so the lockout is testable and a caller
 * can inject its own clock.
 *
 * What this protects against: a child on the shared device guessing the parent's PIN. It cannot
 * protect against someone who edits IndexedDB directly; they could delete the record instead.
 */

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256. Slow on purpose: about 0.2 s on a Chromebook. */
export const MIN_PIN_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const PIN_SHAPE = /^[0-9]{4,12}$/;

export interface PinRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64 of the random salt. */
  salt: string;
  /** Base64 of the derived bits. */
  hash: string;
}

export type PinProblem = 'too-short' | 'too-long' | 'not-digits';

/** Why a new PIN is unacceptable, or null when it is fine (4 to 12 digits). */
export function checkNewPin(pin: string): PinProblem | null {
  if (PIN_SHAPE.test(pin)) return null;
  if (!/^[0-9]*$/.test(pin)) return 'not-digits';
  return pin.length < 4 ? 'too-short' : 'too-long';
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Hashes a new PIN with a fresh random salt. `iterations` may only raise the cost. */
export async function hashPin(pin: string, iterations = MIN_PIN_ITERATIONS): Promise<PinRecord> {
  if (checkNewPin(pin) !== null) throw new RangeError('A coach PIN is 4 to 12 digits.');
  if (!Number.isInteger(iterations) || iterations < MIN_PIN_ITERATIONS) {
    throw new RangeError(`PBKDF2 needs at least ${MIN_PIN_ITERATIONS} iterations.`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/**
 * Compares every byte whatever the first difference, so the time taken does not reveal how
 * much of the hash matched.
 */
export function constantTimeEqual(left: Uint8Array, right: Uint8Array): boolean {
  let difference = left.length ^ right.length;
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}

/** A stored record read back from JSON, or null when it is not a well-formed PIN record. */
export function parsePinRecord(value: unknown): PinRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.algorithm !== 'PBKDF2-SHA-256') return null;
  if (typeof record.iterations !== 'number' || !Number.isInteger(record.iterations)) return null;
  if (typeof record.salt !== 'string' || typeof record.hash !== 'string') return null;
  const salt = fromBase64(record.salt);
  const hash = fromBase64(record.hash);
  if (!salt || salt.length < SALT_BYTES || !hash || hash.length !== HASH_BITS / 8) return null;
  return { algorithm: 'PBKDF2-SHA-256', iterations: record.iterations, salt: record.salt, hash: record.hash };
}

/**
 * True when `pin` matches the record. A record below the minimum cost is refused outright:
 * lowering the iteration count in storage must not make guessing cheaper.
 */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const stored = parsePinRecord(record);
  if (!stored || stored.iterations < MIN_PIN_ITERATIONS) return false;
  const salt = fromBase64(stored.salt) as Uint8Array;
  const expected = fromBase64(stored.hash) as Uint8Array;
  const actual = await derive(pin, salt, stored.iterations);
  return constantTimeEqual(actual, expected);
}

// ---------------------------------------------------------------------------------------------
// Lockout

export interface LockoutPolicy {
  /** Wrong tries allowed before any waiting. */
  freeTries: number;
  /** The wait after the first try past the free ones; each later wrong try doubles it. */
  firstDelayMs: number;
  /** The longest wait, so a parent who forgot is slowed, never shut out for good. */
  maxDelayMs: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  freeTries: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};

/** Persisted as JSON; a correct PIN resets it. */
export interface LockoutState {
  /** Wrong tries since the last correct one. */
  failures: number;
  /** Epoch ms before which tries are refused, or null. */
  lockedUntil: number | null;
}

export const UNLOCKED: LockoutState = { failures: 0, lockedUntil: null };

/** Stored state read back from JSON; anything malformed counts as no failures (see file note). */
export function parseLockoutState(value: unknown): LockoutState {
  if (typeof value !== 'object' || value === null) return { ...UNLOCKED };
  const record = value as Record<string, unknown>;
  const failures = Number.isInteger(record.failures) && (record.failures as number) >= 0 ? (record.failures as number) : 0;
  const lockedUntil = typeof record.lockedUntil === 'number' && Number.isFinite(record.lockedUntil) ? record.lockedUntil : null;
  return { failures, lockedUntil };
}

/** How long the wait is after `failures` wrong tries (0 while within the free tries). */
export function delayAfter(failures: number, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): number {
  const beyond = failures - policy.freeTries;
  if (beyond < 0) return 0;
  // Capping the exponent keeps 2 ** n finite however many failures were stored.
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(beyond, 40));
}

export interface LockoutStatus {
  locked: boolean;
  /** Milliseconds until the next try is accepted (0 when not locked). */
  waitMs: number;
}

export function lockoutStatus(
  state: LockoutState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): LockoutStatus {
  if (state.lockedUntil === null || now >= state.lockedUntil) return { locked: false, waitMs: 0 };
  // If the clock was set back, the stored end could lie far ahead: never wait longer than the
  // policy allows for this many failures.
  const waitMs = Math.min(state.lockedUntil - now, delayAfter(state.failures, policy));
  return waitMs > 0 ? { locked: true, waitMs } : { locked: false, waitMs: 0 };
}

/** The state after a wrong try at `now`. */
export function recordWrongTry(
  state: LockoutState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): LockoutState {
  const failures = state.failures + 1;
  const delay = delayAfter(failures, policy);
  return { failures, lockedUntil: delay > 0 ? now + delay : null };
}

export type UnlockResult =
  | { outcome: 'unlocked'; state: LockoutState }
  | { outcome: 'wrong-pin'; state: LockoutState; waitMs: number }
  | { outcome: 'locked'; state: LockoutState; waitMs: number };

/**
 * One try at the PIN. While locked the PIN is not even checked (and the try is not counted),
 * so hammering the button during the wait neither helps nor lengthens it. The caller stores the
 * returned state.
 */
export async function tryUnlock(
  pin: string,
  record: PinRecord,
  state: LockoutState,
  clock: () => number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): Promise<UnlockResult> {
  const before = lockoutStatus(state, clock(), policy);
  if (before.locked) return { outcome: 'locked', state, waitMs: before.waitMs };
  const matches = await verifyPin(pin, record);
  if (matches) return { outcome: 'unlocked', state: { ...UNLOCKED } };
  // Read the clock after hashing: the wait starts when the learner sees the answer.
  const now = clock();
  const next = recordWrongTry(state, now, policy);
  return { outcome: 'wrong-pin', state: next, waitMs: lockoutStatus(next, now, policy).waitMs };
}
