/**
 * Storage failures the UI can explain. IndexedDB reports a full disk as a QuotaExceededError,
 * which Dexie may wrap (Dexie.QuotaExceededError, or an AbortError whose `inner` is the quota
 * error); callers get one typed error either way.
 */

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  readonly kind = 'storage-full' as const;
  constructor(readonly action: string, options?: { cause?: unknown }) {
    super(
      `Storage is full, so ${action} was not saved and nothing was changed. ` +
        'Free space by backing up and then deleting old project files or a learner you no longer need, then try again.',
      options,
    );
  }
}

/** True when `error` (or the error it wraps) means the browser's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const named = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (named.name === 'QuotaExceededError') return true;
    current = named.inner ?? named.cause;
  }
  return false;
}

/** Runs a write; a quota failure becomes a StorageFullError, anything else passes through. */
export async function guardQuota<T>(action: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(action, { cause: error });
    throw error;
  }
}
