import { expect } from '@open-wc/testing';
import Dexie from './dexie.ts';
import { countAttemptsPerSkill, dailyTotals } from './attempt-stats.ts';
import { attemptsBetween, attemptsInSession, recentAttempts, recentAttemptsForSkill, recordAnswer, type NewAttempt } from './attempts.ts';
import { BLOCK_SIZE } from './attempt-blocks.ts';
import { countAttempts, dailyActivity } from './attempt-stats.ts';
import { localDay } from './day.ts';
import { WayfindDb } from './db.ts';
import { createLearner } from './learners.ts';
import { deleteEverything, deleteLearner, storedCounts } from './privacy.ts';
import { STORES_V1, STORES_V2 } from './schema.ts';
import { applyPlacement, getSkillState } from './skill-states.ts';
import { listSkillEvents } from './skill-events.ts';
import { StorageFullError } from './storage-errors.ts';
import { startSession, getSession } from './sessions.ts';
import { ADA, BEN } from './testing/sample-household.ts';
import { seedTables, uniqueTestDb } from './testing/seed-database.ts';

const DAY = 86_400_000;
const databases: WayfindDb[] = [];

function track(db: WayfindDb): WayfindDb {
  databases.push(db);
  return db;
}

afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.delete();
});

function answer(learnerId: string, overrides: Partial<NewAttempt> = {}): NewAttempt {
  const answeredAt = overrides.answeredAt ?? Date.now();
  return {
    learnerId,
    packId: 'pack-1',
    itemId: 'item-1',
    skillId: 'skill-a',
    skillIds: ['skill-a'],
    response: { value: 3 },
    correct: true,
    hintsUsed: 0,
    durationMs: 1_000,
    startedAt: answeredAt - 1_000,
    answeredAt,
    sessionId: null,
    ...overrides,
  };
}

const change = (skillId = 'skill-a') => ({ skillId, packId: 'pack-1', estimate: 0.7, masteryLevel: 'practising' as const });

describe('schema upgrades', () => {
  it('upgrades a schema-1 database: every attempt gets its local day and the per-day index works', async () => {
    const name = `wayfind-test-upgrade-v1-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    const answeredAt = Date.UTC(2026, 2, 10, 23, 30);
    await old.table('learners').add({ id: 'l1', displayName: 'Ada', avatar: 'fox', ageBand: '8-10', language: 'en', createdAt: 1 });
    await old.table('attempts').bulkAdd(
      [0, 1, 2].map((index) => ({ ...answer('l1', { answeredAt: answeredAt + index * DAY }), id: `a${index}` })),
    );
    await old.table('artifacts').add({ id: 'f1', learnerId: 'l1', projectId: 'p1', name: 'x.txt', note: '', file: new Blob(['hello'], { type: 'text/plain' }), createdAt: 1 });
    old.close();

    const db = track(new WayfindDb(name));
    await db.open();
    expect(db.verno).to.equal(3);
    // Schema 2 gave every attempt its day; schema 3 moved them into blocks with per-day rows.
    const attempts = await attemptsBetween(db, 'l1');
    expect(attempts.map((attempt) => attempt.id)).to.deep.equal(['a0', 'a1', 'a2']);
    expect(attempts.map((attempt) => attempt.day)).to.deep.equal([0, 1, 2].map((index) => localDay(answeredAt + index * DAY)));
    expect((await dailyActivity(db, 'l1', localDay(answeredAt), localDay(answeredAt))).map((day) => day.attempts)).to.deep.equal([1]);
    // Rows the upgrade does not touch survive as they were, Blobs included.
    expect(await (await db.artifacts.get('f1'))!.file.text()).to.equal('hello');
    expect((await db.learners.get('l1'))!.displayName).to.equal('Ada');
  });

  it('upgrades a schema-2 database: new fields keep their old meaning, modelStates is dropped', async () => {
    const name = `wayfind-test-upgrade-v2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    await old.table('goals').add({ id: 'g1', learnerId: 'l1', title: 'Halves', skillIds: ['s1'], targetLevel: 'proficient', dueAt: null, createdAt: 1, completedAt: null });
    await old.table('journal').add({ id: 'j1', learnerId: 'l1', createdAt: 1, text: 'Hard day', mood: 2, confidence: null, sessionId: null });
    await old.table('projects').add({ id: 'p1', learnerId: 'l1', title: 'Kite', description: 'Paper', createdAt: 1, updatedAt: 1 });
    await old.table('credentials').add({ id: 'c1', learnerId: 'l1', origin: 'imported', signedJson: '{}', achievementName: 'X', issuedAt: 1, storedAt: 1 });
    await old.table('modelStates').add({ id: 'm1', learnerId: 'l1', packId: 'pk', modelVersion: 'v', weights: new ArrayBuffer(4), updatedAt: 1 });
    old.close();

    const db = track(new WayfindDb(name));
    await db.open();
    expect(db.verno).to.equal(3);
    expect(await db.goals.get('g1')).to.deep.include({ kind: 'skills', packId: null, credentialKey: null, minutesPerDay: null, setBy: 'learner', title: 'Halves' });
    expect(await db.journal.get('j1')).to.deep.include({ prompt: null, inPortfolio: false, sharedWithCoach: false, text: 'Hard day' });
    expect(await db.projects.get('p1')).to.deep.include({ skillIds: [], startDay: null, endDay: null });
    expect(await db.credentials.get('c1')).to.deep.include({ packId: null, credentialKey: null });
    expect(db.tables.map((table) => table.name)).not.to.include('modelStates');
    expect(await db.skillEvents.count()).to.equal(0);
  });

  it('opens an empty new database at the current version', async () => {
    const db = track(uniqueTestDb('fresh'));
    await db.open();
    expect(db.verno).to.equal(3);
    expect(db.tables.map((table) => table.name).sort()).to.deep.equal(
      ['artifacts', 'attemptBlocks', 'attemptDays', 'credentials', 'goals', 'journal', 'keys', 'learners', 'logEntries', 'packModels', 'packs', 'projects', 'sessions', 'settings', 'skillEvents', 'skillStates'],
    );
  });
});

describe('mastery-level events', () => {
  it('recordAnswer writes an event only when a level moves, in the same transaction', async () => {
    const db = track(uniqueTestDb('events'));
    const first = await recordAnswer(db, answer('l1', { answeredAt: 1_000 }), [change()]);
    expect(first.events.map((event) => [event.fromLevel, event.toLevel, event.cause])).to.deep.equal([['not-started', 'practising', 'answer']]);
    const same = await recordAnswer(db, answer('l1', { answeredAt: 2_000 }), [change()]);
    expect(same.events).to.deep.equal([]);
    await recordAnswer(db, answer('l1', { answeredAt: 3_000 }), [{ ...change(), masteryLevel: 'familiar', estimate: 0.8 }], { cause: 'review' });
    const events = await listSkillEvents(db, 'l1');
    expect(events.map((event) => [event.at, event.toLevel, event.cause])).to.deep.equal([[1_000, 'practising', 'answer'], [3_000, 'familiar', 'review']]);
    expect(await listSkillEvents(db, 'l1', 2_000, 4_000)).to.have.length(1);
    expect(await listSkillEvents(db, 'someone-else')).to.deep.equal([]);
  });

  it('applyPlacement stores states and placement events together, keeping evidence', async () => {
    const db = track(uniqueTestDb('placement'));
    await recordAnswer(db, answer('l1', { answeredAt: 1_000 }), [change()]);
    const events = await applyPlacement(db, 'l1', 'pack-1', [
      { skillId: 'skill-a', estimate: 0.97, masteryLevel: 'mastered' },
      { skillId: 'skill-b', estimate: 0.2, masteryLevel: 'not-started' },
    ], 5_000);
    expect(events.map((event) => [event.skillId, event.fromLevel, event.toLevel])).to.deep.equal([['skill-a', 'practising', 'mastered']]);
    const state = await getSkillState(db, 'l1', 'skill-a');
    expect(state).to.deep.include({ masteryLevel: 'mastered', estimate: 0.97, updatedAt: 5_000 });
    expect(state!.evidence).to.deep.equal({ attempts: 1, correct: 1 });
    expect((await getSkillState(db, 'l1', 'skill-b'))!.masteryLevel).to.equal('not-started');
  });
});

describe('recordAnswer', () => {
  it('stores the attempt, updates evidence and counts the session, together', async () => {
    const db = track(uniqueTestDb('answer'));
    const learner = await createLearner(db, { displayName: 'Ada', avatar: 'fox', ageBand: '8-10', language: 'en' });
    const session = await startSession(db, { learnerId: learner.id, kind: 'practice', packId: 'pack-1' });
    await recordAnswer(db, answer(learner.id, { sessionId: session.id, correct: true }), [change()]);
    const second = await recordAnswer(db, answer(learner.id, { sessionId: session.id, correct: false }), [change()]);
    const state = await getSkillState(db, learner.id, 'skill-a');
    expect(state!.evidence).to.deep.equal({ attempts: 2, correct: 1 });
    expect(state!.id).to.equal(second.skillStates[0]!.id);
    expect((await getSession(db, session.id))!.attemptCount).to.equal(2);
    expect(second.attempt.day).to.equal(localDay(second.attempt.answeredAt));
  });

  it('writes nothing when a step fails mid-transaction', async () => {
    const db = track(uniqueTestDb('atomic'));
    const learnerId = 'l1';
    await recordAnswer(db, answer(learnerId), [change()]);
    const before = await getSkillState(db, learnerId, 'skill-a');
    // A function cannot be stored: the skill-state put fails after the attempt was added.
    const poisoned = { ...change('skill-b'), reviewCard: { bad: (() => 1) as unknown as number } };
    let failure: unknown;
    await recordAnswer(db, answer(learnerId), [change(), poisoned]).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(Error);
    expect(await countAttempts(db, learnerId)).to.equal(1);
    expect(await attemptsBetween(db, learnerId)).to.have.length(1);
    expect(await getSkillState(db, learnerId, 'skill-a')).to.deep.equal(before);
    expect(await getSkillState(db, learnerId, 'skill-b')).to.equal(undefined);
  });

  it('turns a full disk into StorageFullError and leaves no half-written answer', async () => {
    const db = track(uniqueTestDb('quota'));
    await recordAnswer(db, answer('l1'), [change()]);
    const put = db.skillStates.put.bind(db.skillStates);
    // The real quota is hard to fill in a test; the browser's own error type is thrown at the same point.
    db.skillStates.put = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof put;
    let failure: unknown;
    await recordAnswer(db, answer('l1'), [change()]).catch((error: unknown) => (failure = error));
    db.skillStates.put = put;
    expect(failure).to.be.instanceOf(StorageFullError);
    expect((failure as StorageFullError).message).to.match(/^Storage is full, so this answer was not saved/);
    expect(await attemptsBetween(db, 'l1')).to.have.length(1);
    expect(await countAttempts(db, 'l1')).to.equal(1);
    expect((await getSkillState(db, 'l1', 'skill-a'))!.evidence.attempts).to.equal(1);
  });
});

describe('two connections (two tabs) writing at once', () => {
  it('loses no attempt and no evidence count', async () => {
    const first = track(uniqueTestDb('tabs'));
    const second = track(new WayfindDb(first.name));
    const perTab = 60;
    const write = (db: WayfindDb, tab: string) =>
      Promise.all(Array.from({ length: perTab }, (_, index) => recordAnswer(db, answer('l1', { itemId: `${tab}-${index}`, correct: index % 2 === 0 }), [change()])));
    await Promise.all([write(first, 'one'), write(second, 'two')]);
    const stored = await attemptsBetween(first, 'l1');
    expect(stored).to.have.length(2 * perTab);
    expect(new Set(stored.map((attempt) => attempt.id)).size).to.equal(2 * perTab);
    expect(stored.filter((attempt) => attempt.itemId.startsWith('two-'))).to.have.length(perTab);
    expect(await countAttempts(second, 'l1')).to.equal(2 * perTab);
    const state = await getSkillState(second, 'l1', 'skill-a');
    expect(state!.evidence).to.deep.equal({ attempts: 2 * perTab, correct: perTab });
  });
});

describe('attempt blocks', () => {
  it('spreads many answers over blocks and reads them back in order, newest first where asked', async function () {
    (this as { timeout(ms: number): void }).timeout(180_000);
    const db = track(uniqueTestDb('blocks'));
    const start = Date.UTC(2026, 0, 1);
    const session = await startSession(db, { learnerId: 'l1', kind: 'practice', packId: 'pack-1' }, start - 300_000);
    const total = BLOCK_SIZE + 40;
    for (let index = 0; index < total; index++) {
      // Every tenth answer arrives out of order (as from a second tab), a minute in the past.
      const answeredAt = start + index * 60_000 - (index % 10 === 9 ? 90_000 : 0);
      await recordAnswer(db, answer('l1', { answeredAt, itemId: `item-${index}`, skillId: index % 3 === 0 ? 'skill-b' : 'skill-a', sessionId: index < 20 ? session.id : null }), [change()]);
    }
    expect(await db.attemptBlocks.count()).to.equal(2);
    const all = await attemptsBetween(db, 'l1');
    expect(all).to.have.length(total);
    const times = all.map((attempt) => attempt.answeredAt);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    const newest = await recentAttempts(db, 'l1', 5);
    expect(newest.map((attempt) => attempt.answeredAt)).to.deep.equal([...times].reverse().slice(0, 5));
    const skillB = await recentAttemptsForSkill(db, 'l1', 'skill-b', 400);
    expect(skillB).to.have.length(all.filter((attempt) => attempt.skillId === 'skill-b').length);
    expect(skillB.every((attempt) => attempt.skillId === 'skill-b')).to.equal(true);
    const window = await attemptsBetween(db, 'l1', start + 140 * 60_000, start + 150 * 60_000);
    expect(window.map((attempt) => attempt.itemId)).to.include.members(['item-140', 'item-145', 'item-150']);
    expect(window.every((attempt) => attempt.answeredAt >= start + 140 * 60_000 && attempt.answeredAt <= start + 150 * 60_000)).to.equal(true);
    expect((await attemptsInSession(db, session.id)).map((attempt) => attempt.itemId)).to.have.length(20);
    expect(await countAttempts(db, 'l1')).to.equal(total);
  });
});

describe('dashboard queries', () => {
  it('reads recent attempts, per-skill counts and per-day totals from the indexes', async () => {
    const db = track(uniqueTestDb('queries'));
    const now = new Date(2026, 4, 20, 12).getTime();
    for (let index = 0; index < 30; index++) {
      const skillId = `skill-${index % 3}`;
      await recordAnswer(db, answer('l1', { answeredAt: now - (index % 10) * DAY, skillId, skillIds: [skillId], itemId: `i${index}` }), [change(skillId)]);
    }
    await recordAnswer(db, answer('l2', { answeredAt: now }), []);
    const recent = await recentAttempts(db, 'l1', 5);
    expect(recent).to.have.length(5);
    expect(recent.every((attempt, index) => index === 0 || attempt.answeredAt <= recent[index - 1]!.answeredAt)).to.equal(true);
    expect((await recentAttemptsForSkill(db, 'l1', 'skill-1', 100)).every((attempt) => attempt.skillId === 'skill-1')).to.equal(true);
    expect(await countAttemptsPerSkill(db, 'l1', ['skill-0', 'skill-1', 'skill-2', 'skill-9'])).to.deep.equal([
      { skillId: 'skill-0', attempts: 10 },
      { skillId: 'skill-1', attempts: 10 },
      { skillId: 'skill-2', attempts: 10 },
      { skillId: 'skill-9', attempts: 0 },
    ]);
    const totals = await dailyTotals(db, 'l1', 90, now);
    expect(totals).to.have.length(90);
    expect(totals.at(-1)).to.deep.equal({ day: localDay(now), attempts: 3 });
    expect(totals.reduce((sum, day) => sum + day.attempts, 0)).to.equal(30);
  });
});

describe('privacy controls', () => {
  it('counts rows per learner, deletes one learner everywhere, then everything', async () => {
    const db = track(uniqueTestDb('privacy'));
    await seedTables(db);
    const counts = await storedCounts(db);
    expect(counts.learners.map((learner) => learner.learnerId)).to.deep.equal([ADA, BEN]);
    expect(counts.learners[0]!.counts.attempts).to.equal(6);
    expect(counts.household).to.deep.equal({ packs: 1, keys: 1, settings: 2, packModels: 1 });

    const deleted = await deleteLearner(db, ADA);
    // learner, 6 attempts, 3 skill states, session, 2 goals, journal, project, artifact, credential, log entry, skill event
    expect(deleted).to.equal(1 + 6 + 3 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 1);
    const after = await storedCounts(db);
    expect(after.learners.map((learner) => learner.learnerId)).to.deep.equal([BEN]);
    for (const table of db.tables) {
      const leftovers = await table.filter((row: { learnerId?: string; id: string }) => row.learnerId === ADA || row.id === ADA).count();
      expect(leftovers, table.name).to.equal(0);
    }
    expect(after.learners[0]!.counts.attempts).to.equal(4);

    await deleteEverything(db);
    for (const table of db.tables) expect(await table.count(), table.name).to.equal(0);
  });
});
