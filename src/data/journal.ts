/** Reflection journal: what the learner wrote, with optional mood and confidence. */
import { newId, type WayfindDb } from './db.ts';
import type { JournalEntry } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewJournalEntry = Omit<JournalEntry, 'id' | 'createdAt'>;

export async function addJournalEntry(db: WayfindDb, input: NewJournalEntry, now = Date.now()): Promise<JournalEntry> {
  const entry: JournalEntry = { ...input, id: newId(), createdAt: now };
  await guardQuota('the journal entry', () => db.journal.add(entry));
  return entry;
}

/** The learner's entries, newest first. */
export function listJournalEntries(db: WayfindDb, learnerId: string): Promise<JournalEntry[]> {
  return db.journal
    .where('[learnerId+createdAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .toArray();
}

export async function updateJournalEntry(
  db: WayfindDb,
  id: string,
  changes: Partial<Pick<JournalEntry, 'text' | 'mood' | 'confidence'>>,
): Promise<void> {
  await guardQuota('the journal entry', () => db.journal.update(id, changes));
}

export function deleteJournalEntry(db: WayfindDb, id: string): Promise<void> {
  return db.journal.delete(id);
}
