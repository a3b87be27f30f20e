/**
 * Everything the Practice page needs before a session: which pack the learner practises (the
 * `packFor:<learnerId>` setting of learner-pack.ts), reading that pack (built in, or imported),
 * and starting a session wired to the app's database, model worker and answer guard.
 */
import type { Pack } from '../../content/schema.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { getSetting } from '../../data/settings.ts';
import { readCatalog, type CatalogEntry } from '../library/index.ts';
import { knowledgeModel } from './knowledge-model.ts';
import { choosePack, openPack, packForSetting } from '../library/index.ts';
import { maybePersonalize } from './personalization.ts';
import { PracticeSession } from './practice-session.ts';
import { practiceModelFor } from './practice-model.ts';
import { indexedDbPracticeStore } from './practice-store.ts';

// Onboarding (learner-pack.ts) owns the setting; practice reads and changes it the same way.
export { choosePack, packForSetting };

/** The pack the learner chose, or null when they have not chosen one yet (no fallback). */
export function chosenPackId(db: WayfindDb, learnerId: string): Promise<string | null> {
  return getSetting<string | null>(db, packForSetting(learnerId), null);
}

/** Reads a pack: an imported (stored) version first, else the built-in one from the catalog. */
export async function readPack(db: WayfindDb, packId: string, catalog?: readonly CatalogEntry[]): Promise<Pack> {
  return openPack(db, packId, catalog ?? (await readCatalog()));
}

export interface StartPracticeOptions {
  db?: WayfindDb;
  learnerId: string;
  pack: Pack;
  learnerChoice?: string;
  guard?: { begin(): () => void };
  /** Use the model worker (default); tests may turn it off to use BKT in the page. */
  useWorker?: boolean;
}

export async function startPractice(options: StartPracticeOptions): Promise<PracticeSession> {
  const db = options.db ?? appDb();
  const model = await practiceModelFor(options.pack, options.useWorker === false ? undefined : knowledgeModel(), db);
  return PracticeSession.start({
    store: indexedDbPracticeStore(db),
    model,
    pack: options.pack,
    learnerId: options.learnerId,
    ...(options.learnerChoice ? { learnerChoice: options.learnerChoice } : {}),
    ...(options.guard ? { guard: options.guard } : {}),
  });
}

/**
 * After a session: let the model learn from this household's answers when enough new ones came
 * in (personalization.ts decides; the tuning runs in the worker and nothing waits for it).
 */
export function afterPractice(pack: Pack, db: WayfindDb = appDb()): void {
  maybePersonalize(pack.id, { db, pack }).catch((error: unknown) => console.warn('The model could not learn from this session.', error));
}
