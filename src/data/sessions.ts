/** Practice, review and placement sessions. recordAnswer counts their attempts. */
import { newId, type WayfindDb } from './db.ts';
import type { Session, SessionKind } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export async function startSession(
  db: WayfindDb,
  input: { learnerId: string; kind: SessionKind; packId: string | null },
  now = Date.now(),
): Promise<Session> {
  const session: Session = { ...input, id: newId(), startedAt: now, endedAt: null, attemptCount: 0 };
  await guardQuota('the new session', () => db.sessions.add(session));
  return session;
}

export async function endSession(db: WayfindDb, sessionId: string, now = Date.now()): Promise<void> {
  await guardQuota('the end of the session', () => db.sessions.update(sessionId, { endedAt: now }));
}

export function getSession(db: WayfindDb, sessionId: string): Promise<Session | undefined> {
  return db.sessions.get(sessionId);
}

/** The learner's latest sessions, newest first. */
export function recentSessions(db: WayfindDb, learnerId: string, limit = 20): Promise<Session[]> {
  return db.sessions
    .where('[learnerId+startedAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Ids of the learner's sessions of one kind that started in a time range (e.g. the placements of a term). */
export async function sessionIdsOfKind(db: WayfindDb, learnerId: string, kind: SessionKind, fromMs = -Infinity, toMs = Infinity): Promise<Set<string>> {
  const sessions = await db.sessions.where('[learnerId+startedAt]').between([learnerId, fromMs], [learnerId, toMs], true, true).toArray();
  return new Set(sessions.filter((session) => session.kind === kind).map((session) => session.id));
}
