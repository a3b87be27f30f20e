import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/ml/seeded-random.ts';
import { cohortSequences, simulateCohort } from './cohort.ts';
import { SimulatedLearner } from './learner.ts';
import { DEFAULT_SIMULATOR_PARAMETERS as P } from './parameters.ts';
import { indexSkillGraph, type SkillGraph } from './skill-graph.ts';

const chain: SkillGraph = {
  skills: [
    { id: 'count', prerequisites: [] },
    { id: 'add', prerequisites: ['count'] },
    { id: 'multiply', prerequisites: ['add'] },
  ],
};

/** A learner whose answers are drawn from a fixed stream, on a graph with all difficulties 0. */
function learnerOn(graph: SkillGraph, seed = 1) {
  const indexed = indexSkillGraph(graph);
  return new SimulatedLearner(indexed, new Float64Array(indexed.ids.length), P, seededRandom(seed));
}

describe('skill graph', () => {
  it('orders skills after their prerequisites', () => {
    const indexed = indexSkillGraph({ skills: [{ id: 'b', prerequisites: ['a'] }, { id: 'a', prerequisites: [] }] });
    expect(indexed.order.map((i) => indexed.ids[i])).toEqual(['a', 'b']);
  });

  it('rejects unknown prerequisites, duplicates and cycles by name', () => {
    expect(() => indexSkillGraph({ skills: [{ id: 'a', prerequisites: ['z'] }] })).toThrow('skill "a" requires "z", which is not in the skill graph');
    expect(() => indexSkillGraph({ skills: [{ id: 'a', prerequisites: [] }, { id: 'a', prerequisites: [] }] })).toThrow(/appears twice/);
    expect(() =>
      indexSkillGraph({ skills: [{ id: 'a', prerequisites: ['b'] }, { id: 'b', prerequisites: ['a'] }] }),
    ).toThrow('prerequisite cycle: a -> b -> a');
  });
});

describe('simulated learner', () => {
  it('answers between the guess floor and the slip ceiling', () => {
    const learner = learnerOn(chain);
    for (let skill = 0; skill < 3; skill++) {
      const p = learner.probabilityCorrect(skill, 0);
      expect(p).toBeGreaterThanOrEqual(P.guess);
      expect(p).toBeLessThanOrEqual(1 - P.slip);
    }
  });

  it('learns from practice and from hints', () => {
    const learner = learnerOn(chain);
    const random = seededRandom(2);
    const before = learner.retained(0, 0);
    learner.answer(0, 0, random);
    const afterAnswer = learner.retained(0, 0);
    // Even a wrong answer closes learnFromWrong of the gap, so mastery strictly rises.
    expect(afterAnswer).toBeGreaterThanOrEqual(before + P.learnFromWrong * (1 - before) - 1e-12);
    learner.takeHint(0, 0);
    expect(learner.retained(0, 0)).toBeCloseTo(afterAnswer + P.learnFromHint * (1 - afterAnswer), 12);
  });

  it('gates learning on unmastered prerequisites and speeds it on mastered ones', () => {
    const novice = learnerOn(chain, 3);
    const prepared = learnerOn(chain, 3);
    for (let i = 0; i < 30; i++) prepared.takeHint(0, 0); // 'count' close to mastered
    expect(novice.prerequisiteFactor(1, 0)).toBeLessThan(P.maxInitialMastery);
    expect(prepared.prerequisiteFactor(1, 0)).toBeGreaterThan(1);
    const start = novice.retained(1, 0);
    expect(prepared.retained(1, 0)).toBe(start); // same seed, same prior knowledge of 'add'
    novice.takeHint(1, 0);
    prepared.takeHint(1, 0);
    expect(prepared.retained(1, 0) - start).toBeGreaterThan(5 * (novice.retained(1, 0) - start));
  });

  it('forgets over days, and forgets less after spaced practice', () => {
    const once = learnerOn(chain, 4);
    const spaced = learnerOn(chain, 4);
    once.takeHint(0, 0);
    for (const day of [0, 1, 2, 3]) spaced.takeHint(0, day);
    const onceNow = once.retained(0, 0);
    // One practice: 1/e of the mastery left after initialStabilityDays.
    expect(once.retained(0, P.initialStabilityDays)).toBeCloseTo(onceNow / Math.E, 12);
    expect(once.probabilityCorrect(0, 30)).toBeLessThan(once.probabilityCorrect(0, 0));
    const keptOnce = once.retained(0, 30) / onceNow;
    const keptSpaced = spaced.retained(0, 33) / spaced.retained(0, 3);
    expect(keptSpaced).toBeGreaterThan(keptOnce);
  });
});

describe('simulated cohort', () => {
  it('is repeatable for a seed and gives DKT sequences over the graph skills', () => {
    const a = simulateCohort(chain, { learners: 20, sessions: 3, attemptsPerSession: 10, seed: 5 });
    const b = simulateCohort(chain, { learners: 20, sessions: 3, attemptsPerSession: 10, seed: 5 });
    expect(a.learners).toEqual(b.learners);
    // Other learners, same pack: the skill difficulties stay.
    const c = simulateCohort(chain, { learners: 20, sessions: 3, attemptsPerSession: 10, seed: 6 });
    expect(c.learners).not.toEqual(a.learners);
    expect(Array.from(c.difficulty)).toEqual(Array.from(a.difficulty));
    const sequences = cohortSequences(a);
    expect(sequences).toHaveLength(20);
    expect(sequences[0]!.skills).toHaveLength(30);
    expect(Math.max(...sequences.flatMap((s) => Array.from(s.skills)))).toBeLessThan(3);
  });

  it('shows learning: later attempts on a skill are right more often than first attempts', () => {
    const cohort = simulateCohort(chain, { learners: 300, sessions: 4, attemptsPerSession: 12, daysBetweenSessions: 1, seed: 6 });
    let firstRight = 0;
    let firsts = 0;
    let laterRight = 0;
    let laters = 0;
    for (const attempts of cohort.learners) {
      const seen = new Map<number, number>();
      for (const attempt of attempts) {
        const count = seen.get(attempt.skill) ?? 0;
        if (count === 0) {
          firsts++;
          firstRight += attempt.correct ? 1 : 0;
        } else if (count >= 5) {
          laters++;
          laterRight += attempt.correct ? 1 : 0;
        }
        seen.set(attempt.skill, count + 1);
      }
    }
    expect(laterRight / laters).toBeGreaterThan(firstRight / firsts + 0.1);
  });
});
