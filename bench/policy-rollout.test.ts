import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/ml/seeded-random.ts';
import { rolloutChooser, type Fork, type RolloutView } from './policy-rollout.ts';

interface ToyChooser {
  choose(view: RolloutView<ToyChooser>): number;
}

/** A toy run: the items to the goal depend on the first skill answered, plus luck from the draws. */
function toyView(candidates: number[], itemsAfter: (skill: number, luck: number, fork: number) => number, seen: number[][] = []): RolloutView<ToyChooser> {
  const forksOf = new Map<number, number>();
  return {
    candidates,
    fork: (): Fork<ToyChooser> => {
      let first = -1;
      return {
        answer: (skill) => (first = skill),
        playOut: (_chooser, random) => {
          const luck = random();
          seen.push([first, luck]);
          const fork = forksOf.get(first) ?? 0;
          forksOf.set(first, fork + 1);
          return itemsAfter(first, luck, fork);
        },
      };
    },
  };
}

const firstCandidate: ToyChooser = { choose: (view) => view.candidates[0]! };

describe('rollout oracle', () => {
  it('picks the candidate whose forks reach the goal in fewest items, over the base policy\'s choice', () => {
    const chooser = rolloutChooser(() => firstCandidate, 4, seededRandom(1), seededRandom);
    expect(chooser.choose(toyView([0, 1, 2], (skill, luck) => 100 - 10 * (skill === 2 ? 1 : 0) + 20 * luck))).toBe(2);
  });

  it('keeps the base policy\'s choice on a tie, and when only one candidate is ready forks nothing', () => {
    const chooser = rolloutChooser(() => firstCandidate, 4, seededRandom(2), seededRandom);
    expect(chooser.choose(toyView([3, 1], () => 50))).toBe(3);
    let forked = false;
    expect(chooser.choose({ candidates: [5], fork: () => ((forked = true), toyView([5], () => 1).fork!()) })).toBe(5);
    expect(forked).toBe(false);
  });

  it('gives every candidate the same luck (common random numbers), so luck cannot decide', () => {
    const seen: number[][] = [];
    const chooser = rolloutChooser(() => firstCandidate, 3, seededRandom(3), seededRandom);
    // Skill 1 is one item better on the same luck; with fresh luck per candidate the 40-item spread would drown it.
    expect(chooser.choose(toyView([0, 1], (skill, luck) => 100 - skill + 40 * luck, seen))).toBe(1);
    const luckOf = (skill: number) => seen.filter(([s]) => s === skill).map(([, luck]) => luck);
    expect(luckOf(0)).toEqual(luckOf(1));
    expect(new Set(luckOf(0)).size).toBe(3);
  });

  it('with a gate, leaves the base policy\'s choice only for an advantage the forks agree on', () => {
    // Skill 1 is 2 items better on average over its 4 forks, but they disagree: -20, +16, -20, +16.
    const noisy = (skill: number, _luck: number, fork: number) => 100 + (skill === 1 ? (fork % 2 ? 16 : -20) : 0);
    expect(rolloutChooser(() => firstCandidate, 4, seededRandom(5), seededRandom, 0).choose(toyView([0, 1], noisy))).toBe(1);
    expect(rolloutChooser(() => firstCandidate, 4, seededRandom(5), seededRandom, 2).choose(toyView([0, 1], noisy))).toBe(0);
    // Ten items better on every fork: a sure advantage moves the planner at the same gate.
    expect(rolloutChooser(() => firstCandidate, 4, seededRandom(5), seededRandom, 2).choose(toyView([0, 1], (skill, luck) => 100 - 10 * skill + 20 * luck))).toBe(1);
  });

  it('says so when the run cannot fork', () => {
    const chooser = rolloutChooser(() => firstCandidate, 2, seededRandom(4), seededRandom);
    expect(() => chooser.choose({ candidates: [0, 1] })).toThrow(/needs the run to fork/);
  });
});
