/** Reflection journal: what the learner wrote, with optional mood and confidence. */
import { newId, type WayfindDb } from './db.ts';
import type { JournalEntry } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewJournalEntry = Omit<JournalEntry, 'id' | 'createdAt'>;

/** What the learner may change on an entry after writing it (the learner and date stay). */
export type JournalChanges = Partial<Pick<JournalEntry, 'text' | 'mood' | 'confidence' | 'prompt' | 'inPortfolio' | 'sharedWithCoach'>>;

export async function addJournalEntry(db: WayfindDb, input: NewJournalEntry, now = Date.now()): Promise<JournalEntry> {
  const entry: JournalEntry = { ...input, id: newId(), createdAt: now };
  await guardQuota('the journal entry', () => db.journal.add(entry));
  return entry;
}

export function getJournalEntry(db: WayfindDb, id: string): Promise<JournalEntry | undefined> {
  return db.journal.get(id);
}

/** The learner's entries, newest first. */
export function listJournalEntries(db: WayfindDb, learnerId: string): Promise<JournalEntry[]> {
  return db.journal
    .where('[learnerId+createdAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .toArray();
}

/** The entries the learner chose to share with their coach (for coach reports), newest first. */
export async function listSharedJournalEntries(db: WayfindDb, learnerId: string): Promise<JournalEntry[]> {
  return (await listJournalEntries(db, learnerId)).filter((entry) => entry.sharedWithCoach);
}

/** The entries the learner chose for their portfolio, newest first. */
export async function listPortfolioJournalEntries(db: WayfindDb, learnerId: string): Promise<JournalEntry[]> {
  return (await listJournalEntries(db, learnerId)).filter((entry) => entry.inPortfolio);
}

export async function updateJournalEntry(db: WayfindDb, id: string, changes: JournalChanges): Promise<void> {
  await guardQuota('the journal entry', () => db.journal.update(id, changes));
}

export function deleteJournalEntry(db: WayfindDb, id: string): Promise<void> {
  return db.journal.delete(id);
}
