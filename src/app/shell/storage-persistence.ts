/**
 * Asks the browser to keep Wayfind's storage (navigator.storage.persist) so that learner records are
 * not evicted when the disk runs low. We ask once, at first use, and remember the answer so that
 * Settings can show it; the learner can ask again from there.
 */
import { persistenceStatus, type PersistenceStatus } from '../../data/storage-health.ts';

export type PersistenceState = PersistenceStatus;

export interface PersistenceOutcome {
  state: PersistenceState;
  /** When Wayfind last asked (ISO time), or null if it never has. */
  askedAt: string | null;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;
const ASKED_KEY = 'wayfind.storage-persist-asked-at';

export async function askForPersistence(storage: StorageManagerLike | undefined, store: KeyValueStore, now = new Date()): Promise<PersistenceOutcome> {
  if (!storage?.persist) return { state: 'unsupported', askedAt: null };
  const granted = await storage.persist();
  const askedAt = now.toISOString();
  try {
    store.setItem(ASKED_KEY, askedAt);
  } catch {
    // Not being able to remember that we asked only means we may ask again next time.
  }
  return { state: granted ? 'persistent' : 'best-effort', askedAt };
}

/** What the browser grants now, and when Wayfind last asked (for Settings). */
export async function readPersistenceOutcome(storage: StorageManagerLike | undefined, store: KeyValueStore): Promise<PersistenceOutcome> {
  return { state: await persistenceStatus(storage), askedAt: store.getItem(ASKED_KEY) };
}

/** At first use: asks once; afterwards only reports what the browser currently grants. */
export async function ensurePersistenceAsked(storage: StorageManagerLike | undefined, store: KeyValueStore): Promise<PersistenceOutcome> {
  if (store.getItem(ASKED_KEY) === null) return askForPersistence(storage, store);
  return readPersistenceOutcome(storage, store);
}
