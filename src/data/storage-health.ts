/**
 * Whether the browser may evict Wayfind's data, and how much room is left. Browsers evict
 * "best-effort" storage under pressure; "persistent" storage is kept until the user clears it.
 * Asking for persistence (and remembering that we asked) is src/app/shell/storage-persistence.ts.
 */

export type PersistenceStatus = 'persistent' | 'best-effort' | 'unsupported';

export interface StorageHealth {
  persistence: PersistenceStatus;
  /** Bytes used by this origin, or null when the browser does not say. */
  usageBytes: number | null;
  /** Bytes this origin may use, or null when the browser does not say. */
  quotaBytes: number | null;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** What the browser grants now; `storage` defaults to navigator.storage (tests pass their own). */
export async function persistenceStatus(storage: Pick<StorageManager, 'persisted'> | undefined = storageManager()): Promise<PersistenceStatus> {
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'persistent' : 'best-effort';
}

export async function storageHealth(): Promise<StorageHealth> {
  const storage = storageManager();
  const estimate = storage?.estimate ? await storage.estimate() : {};
  return {
    persistence: await persistenceStatus(),
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
  };
}
