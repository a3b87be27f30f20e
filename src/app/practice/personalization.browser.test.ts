import { expect } from '@open-wc/testing';
import { recordAnswer } from '../../data/attempts.ts';
import type { WayfindDb } from '../../data/db.ts';
import { createLearner, listLearners } from '../../data/learners.ts';
import { getPackModel, savePackModel } from '../../data/pack-models.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import type { KtBridge, LoadPackOptions, LoadResult, PersonalizeResult, StoredAttempt } from '../../ml/bridge.ts';
import { modelStatus } from './knowledge-model.ts';
import { MIN_ATTEMPTS_FOR_TUNING, NEW_ATTEMPTS_BEFORE_TUNING, lastPersonalization, maybePersonalize, resetToShippedModel } from './personalization.ts';

/**
 * The personalization service against a real database and a stand-in worker bridge (the worker's
 * own tuning is tested in models/personalize.test.ts and bench/kt-browser.test.ts): when it tunes,
 * what it sends, and what it stores.
 */
const databases: WayfindDb[] = [];
afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.delete();
});

class FakeBridge {
  loads: LoadPackOptions[] = [];
  sent: (readonly (readonly StoredAttempt[])[])[] = [];
  answer: (learners: readonly (readonly StoredAttempt[])[]) => PersonalizeResult;
  running = true;
  constructor(answer: FakeBridge['answer']) {
    this.answer = answer;
  }
  async load(options: LoadPackOptions): Promise<LoadResult> {
    this.loads.push(options);
    return { engine: 'dkt', backend: 'cpu', skillIds: ['b', 'a'], loadMs: 1, modelVersion: 'v1', personalized: options.tuned !== undefined };
  }
  async personalize(_packId: string, learners: readonly (readonly StoredAttempt[])[]): Promise<PersonalizeResult> {
    this.sent.push(learners);
    return this.answer(learners);
  }
}

const won = (): PersonalizeResult => ({
  kept: 'personalized',
  shippedAuc: 0.61,
  tunedAuc: 0.66,
  heldOutAnswers: 30,
  trainingAnswers: 90,
  epochsRun: 4,
  losses: [0.69, 0.68],
  baseModelVersion: 'v1',
  weights: Float32Array.from([1, 2, 3]).buffer,
});
const lost = (): PersonalizeResult => ({ ...won(), kept: 'shipped', tunedAuc: 0.6, weights: undefined } as PersonalizeResult);

async function household(packId: string, answers: number): Promise<WayfindDb> {
  const db = uniqueTestDb('personalization');
  databases.push(db);
  const ada = await createLearner(db, { displayName: 'Ada', avatar: 'owl', ageBand: '8-10', language: 'en' });
  const ben = await createLearner(db, { displayName: 'Ben', avatar: 'fox', ageBand: 'adult', language: 'en' });
  await addAnswers(db, [ada.id, ben.id], packId, answers);
  return db;
}

async function addAnswers(db: WayfindDb, learnerIds: string[], packId: string, answers: number, from = 0): Promise<void> {
  for (let i = 0; i < answers; i++) {
    const at = 1_000_000 + (from + i) * 1_000;
    await recordAnswer(db, {
      learnerId: learnerIds[i % learnerIds.length]!,
      packId,
      itemId: 'item',
      skillId: i % 3 === 0 ? 'a' : 'b',
      skillIds: [],
      response: null,
      correct: i % 2 === 0,
      hintsUsed: 0,
      durationMs: 1,
      startedAt: at - 1,
      answeredAt: at,
      sessionId: null,
    }, []);
  }
}

const pack = (id: string) => ({ id, skills: [{ id: 'a', prerequisites: [] }, { id: 'b', prerequisites: ['a'] }] });

describe('maybePersonalize', () => {
  it('waits until the household has answered enough', async () => {
    const db = await household('p1', MIN_ATTEMPTS_FOR_TUNING - 1);
    const bridge = new FakeBridge(won);
    const outcome = await maybePersonalize('p1', { db, bridge: bridge as unknown as KtBridge, pack: pack('p1') });
    expect(outcome).to.deep.equal({ ran: false, reason: 'too-few-attempts', attempts: MIN_ATTEMPTS_FOR_TUNING - 1 });
    expect(bridge.sent.length).to.equal(0);
  });

  it('tunes on every learner’s answers in the model’s skill order, stores the winner, then waits for new answers', async () => {
    const db = await household('p2', MIN_ATTEMPTS_FOR_TUNING);
    const bridge = new FakeBridge(won);
    const options = { db, bridge: bridge as unknown as KtBridge, pack: pack('p2') };
    const outcome = await maybePersonalize('p2', options);
    expect(outcome.ran).to.equal(true);
    expect(bridge.sent[0]!.length).to.equal(2);
    expect(bridge.sent[0]!.reduce((sum, l) => sum + l.length, 0)).to.equal(MIN_ATTEMPTS_FOR_TUNING);
    // The model lists b before a: skill a is index 1. The first answer (Ada's) was on a, correct.
    expect(bridge.sent[0]![0]![0]).to.deep.equal({ skillIndex: 1, correct: true });
    const stored = (await getPackModel(db, 'p2'))!;
    expect(stored).to.include({ packId: 'p2', baseModelVersion: 'v1', attemptsUsed: MIN_ATTEMPTS_FOR_TUNING, heldOutAucShipped: 0.61, heldOutAucTuned: 0.66 });
    expect(Array.from(new Float32Array(stored.weights))).to.deep.equal([1, 2, 3]);
    // Reopened with the tuned weights, so the status says personalized.
    expect(bridge.loads.at(-1)!.tuned?.baseModelVersion).to.equal('v1');
    expect(modelStatus('p2')).to.include({ engine: 'dkt', personalized: true });

    expect(await maybePersonalize('p2', options)).to.include({ ran: false, reason: 'not-enough-new' });
    const [learner] = (await listLearners(db)).map((l) => l.id);
    await addAnswers(db, [learner!], 'p2', NEW_ATTEMPTS_BEFORE_TUNING, 10_000);
    expect((await maybePersonalize('p2', options)).ran).to.equal(true);
    expect(bridge.sent.length).to.equal(2);
  });

  it('drops stored tuned weights when the shipped model wins', async () => {
    const db = await household('p3', MIN_ATTEMPTS_FOR_TUNING);
    await savePackModel(db, 'p3', { baseModelVersion: 'v1', weights: Float32Array.from([9]).buffer, attemptsUsed: 10, heldOutAucShipped: 0.5, heldOutAucTuned: 0.55 });
    const bridge = new FakeBridge(lost);
    const outcome = await maybePersonalize('p3', { db, bridge: bridge as unknown as KtBridge, pack: pack('p3'), force: true });
    expect(outcome.ran && 'result' in outcome && outcome.result.kept).to.equal('shipped');
    expect(await getPackModel(db, 'p3')).to.equal(undefined);
    expect(await lastPersonalization(db, 'p3')).to.include({ kept: 'shipped', attemptsSeen: MIN_ATTEMPTS_FOR_TUNING, shippedAuc: 0.61, tunedAuc: 0.6 });
  });

  it('never rejects: a worker failure changes nothing and the next session tries again', async () => {
    const db = await household('p5', MIN_ATTEMPTS_FOR_TUNING);
    const bridge = new FakeBridge(() => {
      throw new Error('worker crashed');
    });
    const outcome = await maybePersonalize('p5', { db, bridge: bridge as unknown as KtBridge, pack: pack('p5') });
    expect(outcome).to.deep.equal({ ran: false, reason: 'failed', error: 'worker crashed' });
    expect(await getPackModel(db, 'p5')).to.equal(undefined);
    expect(await lastPersonalization(db, 'p5')).to.equal(null);
  });

  it('reset forgets the tuned weights and reloads the shipped model', async () => {
    const db = await household('p4', MIN_ATTEMPTS_FOR_TUNING);
    const bridge = new FakeBridge(won);
    const options = { db, bridge: bridge as unknown as KtBridge, pack: pack('p4') };
    await maybePersonalize('p4', options);
    expect(await getPackModel(db, 'p4')).to.not.equal(undefined);
    await resetToShippedModel('p4', options);
    expect(await getPackModel(db, 'p4')).to.equal(undefined);
    expect(bridge.loads.at(-1)!.tuned).to.equal(undefined);
    expect(modelStatus('p4')).to.include({ engine: 'dkt', personalized: false });
    // It learns again only from answers given after the reset.
    expect(await maybePersonalize('p4', options)).to.include({ ran: false, reason: 'not-enough-new' });
  });
});
