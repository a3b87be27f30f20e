import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/ml/seeded-random.ts';
import { indexSkillGraph } from '../simulator/skill-graph.ts';
import { checkWorldParameters, makeWorld, WORLD_KINDS, type WorldKind } from './world.ts';

const graph = indexSkillGraph({
  skills: [
    { id: 'count', prerequisites: [] },
    { id: 'add', prerequisites: ['count'] },
  ],
});

/** Mean true P(correct) on `skill` over learners, before and after `practice` answers on it (and on `first` before). */
function meanChance(kind: WorldKind, skill: number, practice: number, first: { skill: number; answers: number } | null = null, parameters = {}) {
  const world = makeWorld(graph, { kind, skillSeed: 3, parameters });
  let before = 0, after = 0;
  const learners = 400;
  for (let l = 0; l < learners; l++) {
    const random = seededRandom(l + 1);
    const learner = world.newLearner(random);
    let day = 0;
    for (let i = 0; first && i < first.answers; i++) learner.answer(first.skill, (day += 0.001), random);
    before += learner.probabilityCorrect(skill, day) / learners;
    for (let i = 0; i < practice; i++) learner.answer(skill, (day += 0.001), random);
    after += learner.probabilityCorrect(skill, day) / learners;
  }
  return { before, after };
}

describe('simulated worlds', () => {
  it.each(WORLD_KINDS)('%s: practice raises the true chance of a correct answer, which stays a probability', (kind) => {
    const { before, after } = meanChance(kind, 0, 10);
    expect(before).toBeGreaterThan(0);
    expect(after).toBeLessThan(1);
    expect(after).toBeGreaterThan(before + 0.1);
  });

  it.each(WORLD_KINDS)('%s: the same seeds give the same learner and answers', (kind) => {
    const run = () => {
      const random = seededRandom(9);
      const learner = makeWorld(graph, { kind, skillSeed: 1, parameters: {} }).newLearner(random);
      return Array.from({ length: 12 }, (_, i) => learner.answer(i % 2, i, random));
    };
    expect(run()).toEqual(run());
  });

  it.each(WORLD_KINDS)('%s: a clone answers as the learner would from there, and practising it leaves the learner as they were', (kind) => {
    const random = seededRandom(21);
    const learner = makeWorld(graph, { kind, skillSeed: 2, parameters: {} }).newLearner(random);
    for (let i = 0; i < 6; i++) learner.answer(i % 2, i / 1440, random);
    const chance = learner.probabilityCorrect(1, 1);
    const copy = learner.clone();
    expect(copy.probabilityCorrect(1, 1)).toBe(chance);
    const answers = (who: typeof learner, seed: number) => {
      const draws = seededRandom(seed);
      return Array.from({ length: 10 }, (_, i) => who.answer(1, 1 + i / 1440, draws));
    };
    const fromCopy = answers(copy, 5);
    // The copy learnt from its answers (a BKT learner's chance moves only when they learn, which ten answers need not show).
    if (kind !== 'bkt') expect(copy.probabilityCorrect(1, 1.1)).not.toBe(learner.probabilityCorrect(1, 1.1));
    expect(learner.probabilityCorrect(1, 1)).toBe(chance);
    expect(answers(learner, 5)).toEqual(fromCopy);
  });

  it('bkt: an unknown prerequisite slows learning, a known one does not', () => {
    const cold = meanChance('bkt', 1, 5);
    const prepared = meanChance('bkt', 1, 5, { skill: 0, answers: 30 });
    expect(prepared.after - prepared.before).toBeGreaterThan(2 * (cold.after - cold.before));
  });

  it('bkt: knowledge is forgotten over days without practice', () => {
    const world = makeWorld(graph, { kind: 'bkt', skillSeed: 3, parameters: { forgetPerDay: 0.1, learnMean: 0.9 } });
    const random = seededRandom(4);
    const learner = world.newLearner(random);
    for (let i = 0; i < 20; i++) learner.answer(0, i / 1440, random);
    expect(learner.probabilityCorrect(0, 30)).toBeLessThan(learner.probabilityCorrect(0, 0.1) - 0.3);
  });

  it('pfa: a correct answer raises the chance more than a wrong one, and only on its own skill', () => {
    const world = makeWorld(graph, { kind: 'pfa', skillSeed: 3, parameters: { failureRateMin: 0.05, failureRateMax: 0.1 } });
    // Two copies of one learner: one answers right, one wrong (random 0 is always right, 0.9999 always wrong).
    const right = world.newLearner(seededRandom(5));
    const wrong = world.newLearner(seededRandom(5));
    const start = right.probabilityCorrect(0, 0);
    right.answer(0, 0, () => 0);
    wrong.answer(0, 0, () => 0.9999);
    expect(right.probabilityCorrect(0, 0)).toBeGreaterThan(wrong.probabilityCorrect(0, 0));
    expect(wrong.probabilityCorrect(0, 0)).toBeGreaterThan(start);
    expect(right.probabilityCorrect(1, 0)).toBe(wrong.probabilityCorrect(1, 0));
  });

  it('refuses a parameter the world does not have, by name', () => {
    expect(() => checkWorldParameters('pfa', { learnFromCorrect: 0.2 }, 'populations[0]')).toThrow('populations[0]: the "pfa" world has no parameter "learnFromCorrect"');
    expect(() => checkWorldParameters('bkt', { forgetPerDay: 'x' }, 'p')).toThrow('parameter "forgetPerDay" must be a number');
    expect(() => checkWorldParameters('wayfind', { learnFromCorrect: 0.2 }, 'p')).not.toThrow();
  });
});
