import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../models/kt-data.ts';
import { readPackModelFiles } from '../models/make-golden.ts';
import { indexSkillGraph, type IndexedSkillGraph } from '../models/simulator/skill-graph.ts';
import { makeWorld, type WorldLearner } from '../models/worlds/world.ts';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import { ARMS, EXPERIMENTAL_ARMS } from './policy-arms.ts';
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
    // A fixed chance is no state: a copy may be the learner itself (and counts its reads).
    clone() {
      return this;
    },
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

  it.each(EXPERIMENTAL_ARMS.filter((arm) => !arm.startsWith('oracle')))('experimental %s: reaches the goal for an always-right learner without reading the truth', (arm) => {
    const learner = spyLearner(1);
    const run = runLearner({ ...ctx, tunedDkt: ctx.stepper }, arm, learner, seededRandom(7), seededRandom(8));
    expect(run.done).toBe(true);
    expect(learner.truthReads).toBe(ctx.goal.length);
  });

  it('oracle-rollout plays copies of the learner forward: the learner answers only the run\'s own items', () => {
    const world = makeWorld(graph, { kind: 'wayfind', skillSeed: 4, parameters: {} });
    const real = world.newLearner(seededRandom(13));
    let answered = 0;
    let forks = 0;
    const watched: WorldLearner = {
      probabilityCorrect: (s, day) => real.probabilityCorrect(s, day),
      probabilityAfter: (s, correct, t, day) => real.probabilityAfter(s, correct, t, day),
      answer: (s, day, random) => (answered++, real.answer(s, day, random)),
      clone: () => (forks++, real.clone()),
    };
    const run = runLearner({ ...ctx, rollouts: 2 }, 'oracle-rollout', watched, seededRandom(14), seededRandom(15));
    expect(run.done).toBe(true);
    expect(forks).toBeGreaterThan(0);
    expect(answered).toBe(run.items);
  });

  it('oracle-rollout without forks chooses as its base arm, which hears every answer of the run (bkt)', () => {
    const wide = towards('add-unlike');
    const rollout = runLearner({ ...wide, rollouts: 0, rolloutBase: 'bkt' }, 'oracle-rollout', spyLearner(0.6), seededRandom(16), seededRandom(17));
    const bkt = runLearner(wide, 'bkt', spyLearner(0.6), seededRandom(16), seededRandom(17));
    expect(rollout.items).toBeGreaterThan(2 * wide.curriculum.length);
    expect(Array.from(rollout.perSkill)).toEqual(Array.from(bkt.perSkill));
  });

  it('dkt-tuned keeps a DKT of its own: given the pack model itself, it chooses exactly as the dkt arm', () => {
    const wide = towards('add-unlike');
    const tuned = runLearner({ ...wide, tunedDkt: ctx.stepper }, 'dkt-tuned', spyLearner(0.7), seededRandom(9), seededRandom(10));
    const shipped = runLearner(wide, 'dkt', spyLearner(0.7), seededRandom(9), seededRandom(10));
    expect(tuned.items).toBeGreaterThan(2 * wide.curriculum.length);
    expect(Array.from(tuned.perSkill)).toEqual(Array.from(shipped.perSkill));
    expect(tuned.items).toBe(shipped.items);
  });

  it('dkt-tuned without a tuned model says what is missing', () => {
    expect(() => runLearner(ctx, 'dkt-tuned', spyLearner(0.7), seededRandom(9), seededRandom(10))).toThrow(/needs the fine-tuned DKT/);
  });

  it('the two-step arms with a second-step weight of 0 choose as their one-step arms; the DKT\'s differs with a large weight', () => {
    const wide = towards('add-unlike');
    const run = (arm: 'dkt-two-step' | 'bkt-two-step' | 'dkt' | 'bkt', weight?: number) =>
      Array.from(runLearner({ ...wide, ...(weight === undefined ? {} : { secondStepWeight: weight }) }, arm, spyLearner(0.6), seededRandom(11), seededRandom(12)).perSkill);
    expect(run('dkt-two-step', 0)).toEqual(run('dkt'));
    expect(run('bkt-two-step', 0)).toEqual(run('bkt'));
    expect(run('dkt-two-step', 10)).not.toEqual(run('dkt'));
  });
});

/** The bench context with another goal: the goal and every skill it builds on. */
function towards(goalId: string): RunContext {
  const goal = graph.ids.indexOf(goalId);
  const needed = new Set<number>();
  const visit = (s: number): void => {
    if (needed.has(s)) return;
    needed.add(s);
    graph.prerequisites[s]!.forEach(visit);
  };
  visit(goal);
  return { ...ctx, goal: [goal], curriculum: graph.order.filter((s) => needed.has(s)), maxItems: 400 };
}
