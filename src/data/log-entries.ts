/**
 * Manual entries in the homeschool learning log: learning away from the screen (a book, a field
 * trip, a project). Time practised in the app is counted from attempts, never stored here.
 *
 * Every read and write names the learner: an entry id alone never reaches another learner's row,
 * so a page that holds a stale id after a profile switch cannot edit a sibling's log.
 */
import { newId, type WayfindDb } from './db.ts';
import type { LogEntry } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewLogEntry = Omit<LogEntry, 'id' | 'createdAt'>;
export type LogEntryChanges = Partial<Pick<LogEntry, 'day' | 'minutes' | 'subject' | 'kind' | 'note'>>;

export async function addLogEntry(db: WayfindDb, input: NewLogEntry, now = Date.now()): Promise<LogEntry> {
  const entry: LogEntry = { ...input, id: newId(), createdAt: now };
  await guardQuota('the learning-log entry', () => db.logEntries.add(entry));
  return entry;
}

/** The learner's entries, oldest day first; `fromDay`/`toDay` (YYYY-MM-DD) bound it inclusively. */
export function listLogEntries(db: WayfindDb, learnerId: string, fromDay = '', toDay = '\uffff'): Promise<LogEntry[]> {
  return db.logEntries.where('[learnerId+day]').between([learnerId, fromDay], [learnerId, toDay], true, true).toArray();
}

/** One of the learner's entries, or undefined when the id is unknown or another learner's. */
export async function getLogEntry(db: WayfindDb, learnerId: string, id: string): Promise<LogEntry | undefined> {
  const entry = await db.logEntries.get(id);
  return entry?.learnerId === learnerId ? entry : undefined;
}

/** Changes one of the learner's entries; false when it is not theirs (nothing is written). */
export function updateLogEntry(db: WayfindDb, learnerId: string, id: string, changes: LogEntryChanges): Promise<boolean> {
  return guardQuota('the learning-log entry', () =>
    db.transaction('rw', db.logEntries, async () => {
      if (!(await getLogEntry(db, learnerId, id))) return false;
      await db.logEntries.update(id, changes);
      return true;
    }),
  );
}

/** Deletes one of the learner's entries; false when it is not theirs (nothing is deleted). */
export function deleteLogEntry(db: WayfindDb, learnerId: string, id: string): Promise<boolean> {
  return db.transaction('rw', db.logEntries, async () => {
    if (!(await getLogEntry(db, learnerId, id))) return false;
    await db.logEntries.delete(id);
    return true;
  });
}
