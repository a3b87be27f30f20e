import { expect } from '@open-wc/testing';
import { readAttemptRange } from './attempt-blocks.ts';
import type { WayfindDb } from './db.ts';
import { attemptsBetween } from './attempts.ts';
import { estimateHistory, lastAnswerAt, masteryDates, reviewSessionIdsSince } from './learner-history.ts';
import { addLogEntry, deleteLogEntry, getLogEntry, listLogEntries, updateLogEntry } from './log-entries.ts';
import { recordAnswer } from './attempts.ts';
import { createLearner } from './learners.ts';
import { uniqueTestDb } from './testing/seed-database.ts';

const SAMPLE_START = Date.UTC(2026, 0, 5, 15);
const DAY = 86_400_000;
let ADA = '';
let BEN = '';

let database: WayfindDb | undefined;
afterEach(async () => {
  await database?.delete();
  database = undefined;
});

async function household(): Promise<WayfindDb> {
  const db = (database = uniqueTestDb('log-entries'));
  ADA = (await createLearner(db, { displayName: 'Ada', avatar: 'fox', ageBand: '8-10', language: 'en' })).id;
  BEN = (await createLearner(db, { displayName: 'Ben', avatar: 'owl', ageBand: '11-13', language: 'es' })).id;
  // Ada answers 6 times, Ben 4; Ada's first answer moves skill-0 to practising (one skill event).
  for (const [learnerId, count] of [[ADA, 6], [BEN, 4]] as const) {
    for (let index = 0; index < count; index++) {
      const answeredAt = SAMPLE_START + index * (DAY / 3);
      await recordAnswer(
        db,
        { learnerId, packId: 'pack-fractions', itemId: `item-${index}`, skillId: `skill-${index % 3}`, skillIds: [`skill-${index % 3}`], response: '3/4', correct: index % 3 !== 0, hintsUsed: 0, durationMs: 4000, startedAt: answeredAt - 4000, answeredAt, sessionId: null },
        learnerId === ADA && index === 0 ? [{ skillId: 'skill-0', packId: 'pack-fractions', estimate: 0.55, masteryLevel: 'practising' }] : [],
      );
    }
  }
  await addLogEntry(db, { learnerId: ADA, day: '2026-01-04', minutes: 45, subject: 'Reading', kind: 'book', note: 'ch. 3' });
  await addLogEntry(db, { learnerId: BEN, day: '2026-01-04', minutes: 45, subject: 'Reading', kind: 'book', note: 'ch. 3' });
  return db;
}

describe('log entries (real IndexedDB)', () => {
  it('adds, lists by day range, edits and deletes one learner’s entries', async () => {
    const db = await household();
    const trip = await addLogEntry(db, { learnerId: ADA, day: '2026-03-10', minutes: 120, subject: 'History', kind: 'field-trip', note: 'Castle' }, 5);
    await addLogEntry(db, { learnerId: ADA, day: '2026-03-12', minutes: 30, subject: 'Art', kind: 'project', note: '' });
    expect((await listLogEntries(db, ADA)).map((entry) => entry.day)).to.deep.equal(['2026-01-04', '2026-03-10', '2026-03-12']);
    expect((await listLogEntries(db, ADA, '2026-03-01', '2026-03-10')).map((entry) => entry.subject)).to.deep.equal(['History']);
    expect(await getLogEntry(db, ADA, trip.id)).to.deep.equal({ ...trip, createdAt: 5 });

    expect(await updateLogEntry(db, ADA, trip.id, { minutes: 150, note: 'Castle and museum' })).to.equal(true);
    expect((await getLogEntry(db, ADA, trip.id))?.minutes).to.equal(150);
    expect(await deleteLogEntry(db, ADA, trip.id)).to.equal(true);
    expect(await getLogEntry(db, ADA, trip.id)).to.equal(undefined);
  });
});

describe('a learner cannot reach another learner’s data through the data functions', () => {
  it('scopes every list to the learner and refuses reads, edits and deletes of a sibling’s entries', async () => {
    const db = await household();
    const bens = await addLogEntry(db, { learnerId: BEN, day: '2026-03-10', minutes: 60, subject: 'Woodwork', kind: 'project', note: 'Ben’s birdhouse' });

    expect((await listLogEntries(db, ADA)).every((entry) => entry.learnerId === ADA)).to.equal(true);
    expect((await listLogEntries(db, ADA)).some((entry) => entry.id === bens.id)).to.equal(false);
    expect(await getLogEntry(db, ADA, bens.id)).to.equal(undefined);
    expect(await updateLogEntry(db, ADA, bens.id, { note: 'changed by Ada' })).to.equal(false);
    expect(await deleteLogEntry(db, ADA, bens.id)).to.equal(false);
    expect(await getLogEntry(db, BEN, bens.id)).to.deep.equal(bens);

    const adaAttempts = await attemptsBetween(db, ADA);
    const benAttempts = await attemptsBetween(db, BEN);
    expect(adaAttempts.length).to.equal(6);
    expect(benAttempts.length).to.equal(4);
    // Every row read for Ada is one of Ada's stored answers.
    const stored = await readAttemptRange(db, ADA);
    expect(stored.every((attempt) => attempt.learnerId === ADA)).to.equal(true);
    expect(adaAttempts.map((attempt) => attempt.answeredAt)).to.deep.equal(stored.map((attempt) => attempt.answeredAt));
    expect(await lastAnswerAt(db, BEN)).to.equal(SAMPLE_START + 3 * (86_400_000 / 3));
    expect(await lastAnswerAt(db, 'nobody')).to.equal(null);
    expect((await estimateHistory(db, ADA)).length).to.equal(1);
    expect(await reviewSessionIdsSince(db, ADA, 0)).to.deep.equal(new Set());
    await db.skillEvents.add({ id: 'ben-mastered', learnerId: BEN, packId: 'pack-fractions', skillId: 'skill-1', at: 99, fromLevel: 'proficient', toLevel: 'mastered', estimate: 0.95, cause: 'answer' });
    expect([...(await masteryDates(db, ADA)).keys()]).to.deep.equal([]);
    expect([...(await masteryDates(db, BEN))]).to.deep.equal([['skill-1', 99]]);
  });
});
