import { describe, expect, it } from 'vitest';
import { simulateCohort } from '../../src/ml/simulator/cohort.ts';
import { ceilingAuc } from '../pack-report.ts';
import { simulateAppLikeCohort } from './app-like-cohort.ts';

const graph = {
  skills: Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, prerequisites: i === 0 ? [] : [`s${Math.floor((i - 1) / 2)}`] })),
};

function longestRun(skills: readonly number[]): number {
  let best = 0;
  let run = 0;
  skills.forEach((s, t) => {
    run = t > 0 && skills[t - 1] === s ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

describe('app-like simulated cohort', () => {
  const cohort = simulateAppLikeCohort(graph, { learners: 40, sessions: 10, seed: 5 });

  it('is reproducible and shares the skill difficulties of the frontier cohort with the same skill seed', () => {
    const again = simulateAppLikeCohort(graph, { learners: 40, sessions: 10, seed: 5 });
    expect(again.learners).toEqual(cohort.learners);
    expect([...cohort.difficulty]).toEqual([...simulateCohort(graph, { learners: 1 }).difficulty]);
  });

  it('has long runs on one skill, placement sweeps first, sessions days apart, and the true probability of each answer', () => {
    const runs = cohort.learners.map((attempts) => longestRun(attempts.map((a) => a.skill)));
    expect(runs.filter((r) => r >= 15).length).toBeGreaterThan(20);
    // Placement: distinct skills answered on day 0, one each.
    const placed = cohort.learners.filter((attempts) => attempts.filter((a) => a.day < 0.01).length >= 10);
    expect(placed.length).toBeGreaterThan(10);
    const gaps = cohort.learners.flatMap((attempts) => attempts.slice(1).map((a, t) => a.day - attempts[t]!.day));
    expect(gaps.filter((g) => g >= 1).length).toBeGreaterThan(200);
    expect(cohort.learners.flat().every((a) => a.probability! > 0 && a.probability! < 1)).toBe(true);
    // The ceiling is an AUC of real probabilities: above chance.
    expect(ceilingAuc(cohort)).toBeGreaterThan(0.6);
  });
});
