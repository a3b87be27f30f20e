import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktModel } from '../src/ml/dkt/model.ts';
import { heldOutAuc, personalizeDkt } from '../src/ml/dkt/personalize.ts';
import { WEIGHT_NAMES } from '../src/ml/dkt/weights.ts';
import type { Sequence } from '../src/ml/datasets/sequence.ts';
import { cohortSequences, simulateCohort } from '../src/ml/simulator/cohort.ts';
import { KtRequestHandler } from '../src/ml/worker/kt-handler.ts';
import type { KtOperations, KtRequestMessage, PersonalizeResult, StoredAttempt } from '../src/ml/worker/protocol.ts';
import { repoRoot } from './kt-data.ts';
import { readPackModelFiles } from './make-golden.ts';

/** Personalization (src/ml/dkt/personalize.ts and the worker's `personalize`) on simulated households, cpu backend. */
const PACK = 'spreadsheet-formulas';

async function household(seed: number, learners: number, skillSeed = 0) {
  const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', `${PACK}.json`), 'utf8')) as { skills: { id: string; prerequisites: string[] }[] };
  // Dense order of the simulator = the pack's order = the shipped model's order (checked below).
  return { cohort: simulateCohort({ skills: pack.skills }, { learners, sessions: 16, seed, skillSeed }), pack };
}

/**
 * A household whose earlier answers say the opposite of its later ones: tuning on the earlier
 * part can only teach the model what the held-out part contradicts.
 */
function contradicting(learners: readonly Sequence[], holdOut = 0.2): Sequence[] {
  return learners.map((l) => {
    const cut = Math.floor(l.skills.length * (1 - holdOut));
    return { skills: l.skills, correct: l.correct.map((c, t) => (t < cut ? 1 - c : c)) };
  });
}

const snapshot = (model: DktModel): number[][] => WEIGHT_NAMES.map((name) => Array.from(model.weights[name].dataSync()));

async function shippedModel(): Promise<DktModel> {
  const files = await readPackModelFiles(PACK);
  return decodeDktModel(files.modelJson, files.weights);
}

describe('personalizeDkt', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('never returns a model that is worse on the held-out answers, and leaves the shipped model untouched', async () => {
    const files = await readPackModelFiles(PACK);
    const shipped = await shippedModel();
    const { cohort, pack } = await household(21, 4);
    expect(cohort.skillIds).toEqual((files.metadata as { skillIds: string[] }).skillIds);
    expect(cohort.skillIds).toEqual(pack.skills.map((s) => s.id));
    const learners = cohortSequences(cohort);
    const before = snapshot(shipped);
    const outcome = await personalizeDkt(shipped, learners, { epochs: 4 });
    expect(snapshot(shipped)).toEqual(before);
    expect(outcome.heldOutAnswers).toBe(learners.reduce((sum, l) => sum + l.skills.length - Math.floor(l.skills.length * 0.8), 0));
    expect(outcome.trainingAnswers + outcome.heldOutAnswers).toBe(learners.reduce((sum, l) => sum + l.skills.length, 0));
    if (outcome.tuned) {
      expect(outcome.tunedAuc).toBeGreaterThan(outcome.shippedAuc);
      const heldFrom = learners.map((l) => Math.floor(l.skills.length * 0.8));
      expect(heldOutAuc(outcome.tuned, learners, heldFrom)).toBeCloseTo(outcome.tunedAuc, 6);
      outcome.tuned.dispose();
    } else {
      expect(outcome.tunedAuc).toBeLessThanOrEqual(outcome.shippedAuc);
    }
    shipped.dispose();
  });

  it('a tiny run lowers the loss, and the tuned copy is kept when it clearly helps', async () => {
    const { cohort } = await household(22, 6);
    const untrained = new DktModel({ numSkills: cohort.skillIds.length, hiddenUnits: 16 }, undefined, 3);
    const outcome = await personalizeDkt(untrained, cohortSequences(cohort), { learningRate: 0.02, epochs: 6 });
    expect(outcome.losses.length).toBeGreaterThanOrEqual(2);
    expect(outcome.losses.at(-1)!).toBeLessThan(outcome.losses[0]!);
    expect(outcome.tuned).not.toBeNull();
    expect(outcome.tunedAuc).toBeGreaterThan(outcome.shippedAuc + 0.02);
    outcome.tuned?.dispose();
    untrained.dispose();
  });

  it('keeps the shipped model when the tuned one would be worse (training answers contradict the held-out ones)', async () => {
    const shipped = await shippedModel();
    const { cohort } = await household(23, 4);
    const learners = contradicting(cohortSequences(cohort));
    // A large rate so the tuning really moves towards the contradicting answers.
    const outcome = await personalizeDkt(shipped, learners, { learningRate: 0.05, epochs: 3 });
    expect(outcome.epochsRun).toBeGreaterThanOrEqual(1);
    expect(outcome.tunedAuc).toBeLessThan(outcome.shippedAuc);
    expect(outcome.tuned).toBeNull();
    shipped.dispose();
  });

  it('stops when asked and keeps nothing', async () => {
    const shipped = await shippedModel();
    const { cohort } = await household(24, 3);
    const outcome = await personalizeDkt(shipped, cohortSequences(cohort), { shouldStop: () => true });
    expect(outcome.stopped).toBe(true);
    expect(outcome.tuned).toBeNull();
    shipped.dispose();
  });
});

describe('the worker personalizes a pack (KtRequestHandler, cpu backend)', () => {
  const fromDisk = async (url: string): Promise<Response> => new Response(await readFile(path.join(repoRoot, 'models', 'packs', url.replace(/^\/models\//, ''))));
  let nextId = 1;
  async function call<K extends keyof KtOperations>(handler: KtRequestHandler, op: K, args: KtOperations[K]['request']): Promise<KtOperations[K]['result']> {
    const response = await handler.handle({ id: nextId++, op, args } as KtRequestMessage);
    if (!response.ok) throw new Error(response.error);
    return response.result as KtOperations[K]['result'];
  }
  const asAttempts = (learners: readonly Sequence[]): StoredAttempt[][] =>
    learners.map((l) => Array.from(l.skills, (skillIndex, t) => ({ skillIndex, correct: l.correct[t] === 1 })));

  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('keeps serving the shipped model when tuning would make it worse', async () => {
    const handler = new KtRequestHandler({ fetchFile: fromDisk });
    const { cohort, pack } = await household(23, 4);
    const skillIds = pack.skills.map((s) => s.id);
    await call(handler, 'load', { packId: PACK, skillIds, backends: ['cpu'] });
    const probe = [{ skillIndex: 0, correct: true }, { skillIndex: 1, correct: false }];
    const before = (await call(handler, 'rebuild', { packId: PACK, attempts: probe })).predictions;
    const result = (await call(handler, 'personalize', { packId: PACK, learners: asAttempts(contradicting(cohortSequences(cohort))), learningRate: 0.05, epochs: 3 })) as PersonalizeResult;
    expect(result.kept).toBe('shipped');
    expect(result.weights).toBeUndefined();
    expect(Array.from((await call(handler, 'rebuild', { packId: PACK, attempts: probe })).predictions)).toEqual(Array.from(before));
    await call(handler, 'dispose', {});
    expect(tf.memory().numTensors).toBe(0);
  }, 60_000);

  it('serves the tuned model when it wins, and the stored weights load back only onto their own base model', async () => {
    const handler = new KtRequestHandler({ fetchFile: fromDisk });
    // Other skill difficulties than the shipped model was trained on: there is something to learn.
    const { cohort, pack } = await household(31, 4, 5);
    const skillIds = pack.skills.map((s) => s.id);
    const loaded = await call(handler, 'load', { packId: PACK, skillIds, backends: ['cpu'] });
    if (loaded.engine !== 'dkt') throw new Error(loaded.reason);
    const result = (await call(handler, 'personalize', { packId: PACK, learners: asAttempts(cohortSequences(cohort)), learningRate: 0.01, epochs: 6 })) as PersonalizeResult;
    expect(result.kept).toBe('personalized');
    expect(result.tunedAuc).toBeGreaterThan(result.shippedAuc);
    expect(result.baseModelVersion).toBe(loaded.modelVersion);
    const probe = [{ skillIndex: 2, correct: true }, { skillIndex: 3, correct: true }];
    const served = (await call(handler, 'rebuild', { packId: PACK, attempts: probe })).predictions;

    const reloaded = await call(handler, 'load', { packId: PACK, skillIds, backends: ['cpu'], tuned: { weights: result.weights!, baseModelVersion: result.baseModelVersion } });
    expect(reloaded).toMatchObject({ engine: 'dkt', personalized: true });
    expect(Array.from((await call(handler, 'rebuild', { packId: PACK, attempts: probe })).predictions)).toEqual(Array.from(served));

    const stale = await call(handler, 'load', { packId: PACK, skillIds, backends: ['cpu'], tuned: { weights: result.weights!, baseModelVersion: 'an older model' } });
    expect(stale).toMatchObject({ engine: 'dkt', personalized: false });
    expect(stale.engine === 'dkt' && stale.tunedIgnored).toContain('earlier model');
    const damaged = await call(handler, 'load', { packId: PACK, skillIds, backends: ['cpu'], tuned: { weights: new ArrayBuffer(8), baseModelVersion: result.baseModelVersion } });
    expect(damaged).toMatchObject({ engine: 'dkt', personalized: false });
    await call(handler, 'dispose', {});
    expect(tf.memory().numTensors).toBe(0);
  }, 60_000);
});
