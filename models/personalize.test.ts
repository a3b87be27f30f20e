import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktModel } from '../src/ml/dkt/model.ts';
import { heldOutAuc, personalizeDkt } from '../src/ml/dkt/personalize.ts';
import { WEIGHT_NAMES } from '../src/ml/dkt/weights.ts';
import { repoRoot } from './kt-data.ts';
import { readPackModelFiles } from './make-golden.ts';
import { cohortSequences, simulateCohort } from './simulator/cohort.ts';

/** Personalization (src/ml/dkt/personalize.ts) on simulated households, cpu backend. */
async function household(seed: number, learners: number) {
  const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', 'spreadsheet-formulas.json'), 'utf8')) as { skills: { id: string; prerequisites: string[] }[] };
  // Dense order of the simulator = the pack's order = the shipped model's order (checked below).
  return { cohort: simulateCohort({ skills: pack.skills }, { learners, sessions: 16, seed, skillSeed: 0 }), pack };
}

const snapshot = (model: DktModel): number[][] => WEIGHT_NAMES.map((name) => Array.from(model.weights[name].dataSync()));

describe('personalizeDkt', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('never returns a model that is worse on the held-out answers, and leaves the shipped model untouched', async () => {
    const files = await readPackModelFiles('spreadsheet-formulas');
    const shipped = decodeDktModel(files.modelJson, files.weights);
    const { cohort, pack } = await household(21, 4);
    expect(cohort.skillIds).toEqual((files.metadata as { skillIds: string[] }).skillIds);
    expect(cohort.skillIds).toEqual(pack.skills.map((s) => s.id));
    const learners = cohortSequences(cohort);
    const before = snapshot(shipped);
    const outcome = await personalizeDkt(shipped, learners);
    expect(snapshot(shipped)).toEqual(before);
    expect(outcome.heldOutAnswers).toBe(learners.reduce((sum, l) => sum + l.skills.length - Math.floor(l.skills.length * 0.8), 0));
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

  it('keeps the tuned copy when it clearly helps: an untrained model learns from the household', async () => {
    const { cohort } = await household(22, 6);
    const untrained = new DktModel({ numSkills: cohort.skillIds.length, hiddenUnits: 16 }, undefined, 3);
    const outcome = await personalizeDkt(untrained, cohortSequences(cohort), { learningRate: 0.02, epochs: 6 });
    expect(outcome.tuned).not.toBeNull();
    expect(outcome.tunedAuc).toBeGreaterThan(outcome.shippedAuc + 0.02);
    outcome.tuned?.dispose();
    untrained.dispose();
  });
});
