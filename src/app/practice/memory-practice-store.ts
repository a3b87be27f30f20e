/**
 * A PracticeStore held in memory, for the Node tests of the session logic (the app uses
 * indexedDbPracticeStore). It mirrors recordAnswer's contract: the attempt and the skill state
 * change land together, evidence counted in the store.
 */
import { localDay } from '../../data/day.ts';
import type { Attempt, JournalEntry, Session, SkillState } from '../../data/records.ts';
import type { AnswerCause, PracticeStore } from './practice-store.ts';

export interface MemoryPracticeStore extends PracticeStore {
  attempts: Attempt[];
  states: SkillState[];
  sessions: Session[];
  journal: JournalEntry[];
  causes: AnswerCause[];
  goals: { packId: string; skillIds: string[] }[];
  /** When set, recordAnswer waits for this before storing (to test ordering). */
  gate: Promise<void> | null;
}

export function memoryPracticeStore(seed: { attempts?: Attempt[]; states?: SkillState[] } = {}): MemoryPracticeStore {
  let ids = 0;
  const id = (prefix: string) => `${prefix}-${++ids}`;
  const store: MemoryPracticeStore = {
    attempts: [...(seed.attempts ?? [])],
    states: [...(seed.states ?? [])],
    sessions: [],
    journal: [],
    causes: [],
    goals: [],
    gate: null,
    async history(learnerId, packId) {
      return store.attempts.filter((a) => a.learnerId === learnerId && a.packId === packId).sort((a, b) => a.answeredAt - b.answeredAt);
    },
    async skillStates(learnerId, packId) {
      return store.states.filter((s) => s.learnerId === learnerId && s.packId === packId);
    },
    async goalSkillIds(_learnerId, packId) {
      return store.goals.filter((g) => g.packId === packId).flatMap((g) => g.skillIds);
    },
    async startSession(learnerId, packId, now) {
      const session: Session = { id: id('session'), learnerId, packId, kind: 'practice', startedAt: now, endedAt: null, attemptCount: 0 };
      store.sessions.push(session);
      return session;
    },
    async endSession(sessionId, now) {
      const session = store.sessions.find((s) => s.id === sessionId);
      if (session) session.endedAt = now;
    },
    async recordAnswer(input, changes, cause) {
      if (store.gate) await store.gate;
      const attempt: Attempt = { ...input, id: id('attempt'), day: localDay(input.answeredAt) };
      store.attempts.push(attempt);
      store.causes.push(cause);
      for (const change of changes) {
        const existing = store.states.find((s) => s.learnerId === input.learnerId && s.skillId === change.skillId);
        const state: SkillState = {
          id: existing?.id ?? id('state'),
          learnerId: input.learnerId,
          skillId: change.skillId,
          packId: change.packId,
          estimate: change.estimate,
          masteryLevel: change.masteryLevel,
          evidence: { attempts: (existing?.evidence.attempts ?? 0) + 1, correct: (existing?.evidence.correct ?? 0) + (input.correct ? 1 : 0) },
          reviewCard: change.reviewCard === undefined ? (existing?.reviewCard ?? null) : change.reviewCard,
          ...(change.placed ? { placed: true } : {}),
          updatedAt: input.answeredAt,
        };
        store.states = [...store.states.filter((s) => s !== existing), state];
      }
      const session = store.sessions.find((s) => s.id === input.sessionId);
      if (session) session.attemptCount += 1;
    },
    async practiceDays(learnerId) {
      return [...new Set(store.attempts.filter((a) => a.learnerId === learnerId).map((a) => a.day))];
    },
    async addReflection(entry, now) {
      store.journal.push({
        id: id('journal'),
        learnerId: entry.learnerId,
        createdAt: now,
        text: entry.text,
        mood: null,
        confidence: null,
        sessionId: entry.sessionId,
        prompt: entry.prompt,
        inPortfolio: false,
        sharedWithCoach: false,
      });
    },
  };
  return store;
}
