import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../models/kt-data.ts';
import { readPackModelFiles } from '../models/make-golden.ts';
import { indexSkillGraph, type IndexedSkillGraph } from '../models/simulator/skill-graph.ts';
import type { WorldLearner } from '../models/worlds/world.ts';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import { ARMS } from './policy-arms.ts';
import { runLearner, type RunContext } from './policy-run.ts';

let ctx: RunContext;
let graph: IndexedSkillGraph;

beforeAll(async () => {
  await tf.setBackend('cpu');
  const files = await readPackModelFiles('fractions-3-6');
  graph = indexSkillGraph(JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', 'fractions-3-6.json'), 'utf8')) as { skills: { id: string; prerequisites: string[] }[] });
  const goal = [graph.ids.indexOf('fractions-of-a-whole')];
  const curriculum = graph.order.filter((s) => s === goal[0] || graph.prerequisites[goal[0]!]!.includes(s));
  ctx = {
    ids: graph.ids, prerequisites: graph.prerequisites, curriculum, goal, itemsPerSkill: 6,
    bkt: graph.ids.map(() => ({ prior: 0.2, learn: 0.2, guess: 0.2, slip: 0.1 })),
    stepper: new DktStepper(decodeDktModel(files.modelJson, files.weights)),
    estimateLines: undefined, maxItems: 200, itemsPerSession: 15, daysBetweenSessions: 1,
  };
});

/** A learner with a fixed chance of answering right, who counts how often the truth is read. */
function spyLearner(chance: number): WorldLearner & { truthReads: number } {
  return {
    truthReads: 0,
    probabilityCorrect() {
      this.truthReads++;
      return chance;
    },
    probabilityAfter() {
      this.truthReads++;
      return chance;
    },
    answer: (_skill, _day, random) => random() < chance,
  };
}

describe('bench:policy runner', () => {
  it.each(ARMS)('%s: an always-right learner reaches the goal, by the shared rule, with evidence on every skill', (arm) => {
    const run = runLearner(ctx, arm, spyLearner(1), seededRandom(1), seededRandom(2));
    expect(run.done).toBe(true);
    // The app's rule asks for at least 3 correct answers on 2 different items before "mastered".
    for (const s of ctx.curriculum) expect(run.perSkill[s]).toBeGreaterThanOrEqual(3);
    expect(run.items).toBeLessThan(ctx.maxItems);
  });

  it('only the oracle reads the learner\'s true state while choosing (the post-test reads it once per goal skill)', () => {
    for (const arm of ARMS) {
      const learner = spyLearner(0.9);
      runLearner(ctx, arm, learner, seededRandom(3), seededRandom(4));
      if (arm === 'oracle') expect(learner.truthReads).toBeGreaterThan(ctx.goal.length);
      else expect(learner.truthReads, arm).toBe(ctx.goal.length);
    }
  });

  it('a learner who never answers right is never at the goal and costs maxItems', () => {
    const run = runLearner(ctx, 'dkt', spyLearner(0), seededRandom(5), seededRandom(6));
    expect(run.done).toBe(false);
    expect(run.items).toBe(ctx.maxItems);
  });
});
