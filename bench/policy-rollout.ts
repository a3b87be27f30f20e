/**
 * The rollout oracle of bench:policy: a planner that sees the simulated learner's true state and
 * knows the world's own rules, so it can try each candidate on copies of the learner before
 * choosing. For every candidate it forks the run (learner, judge, session), answers that
 * candidate, then plays the fork to the goal with the base policy (the one-step oracle: the app's
 * policy on the true chance), `rollouts` times; it picks the candidate whose forks reached the
 * goal in the fewest items on average. The forks of every candidate draw the same random answers
 * (common random numbers), so candidates are compared on the same luck.
 *
 * The base policy may be another arm (bench:policy `--rollout-base`, e.g. bkt: the best baseline
 * in most cells), so the planner starts from the strongest chooser there is.
 *
 * This is one step of policy improvement over its base policy (Bertsekas' rollout): with
 * enough rollouts it is at least as good as its base policy, and no real tutor can do it (it reads
 * the truth and copies the learner). It is the limit the issue asks the bench to report: how many
 * items the best chooser we can compute needs under the same readiness and mastery rule.
 */

import { pairedDifference } from './paired.ts';

/** A copy of a learner's run that can be played forward without touching the original. */
export interface Fork<C> {
  answer(skill: number, random: () => number): unknown;
  /**
   * Plays to the end (goal mastered or maxItems) with a fresh `chooser`, first told every answer
   * of the run so far (so a chooser with a model of its own starts where the run is); the run's
   * items then.
   */
  playOut(chooser: C, random: () => number): number;
}

export interface RolloutView<C> {
  candidates: readonly number[];
  /** Only the oracles may call it. */
  fork?: () => Fork<C>;
}

/**
 * @param makeBase a fresh base policy (one per fork, so a base with its own model starts from the
 *   fork's answers); the first one made also chooses on the real run, where the caller must tell
 *   it the run's answers (policy-arms.ts does, through the arm's observe).
 * @param gate how sure the forks must be before the planner leaves the base policy's choice: it
 *   moves to another candidate only if that one's paired advantage (same draws) is more than
 *   `gate` standard errors of the K differences. 0 takes the lowest mean, however noisy; with few
 *   forks that can lose to the base policy itself, and a gate keeps the planner at least as good.
 */
export function rolloutChooser<V extends RolloutView<C>, C extends { choose(view: V): number }>(
  makeBase: () => C, rollouts: number, random: () => number, makeRandom: (seed: number) => () => number, gate = 0,
): { choose(view: V): number; base: C } {
  const base = makeBase();
  const itemsAfter = (view: V, skill: number, seed: number): number[] =>
    Array.from({ length: rollouts }, (_, k) => {
      const draws = makeRandom(seed + k);
      const fork = view.fork!();
      fork.answer(skill, draws);
      return fork.playOut(makeBase(), draws);
    });
  return {
    base,
    choose(view) {
      const first = base.choose(view);
      if (view.candidates.length === 1 || rollouts === 0) return first;
      if (!view.fork) throw new Error('the rollout oracle needs the run to fork');
      const seed = Math.floor(random() * 2 ** 31);
      const baseItems = itemsAfter(view, first, seed);
      let best = first;
      let bestAdvantage = 0;
      for (const skill of view.candidates) {
        if (skill === first) continue;
        const { mean, se } = pairedDifference(itemsAfter(view, skill, seed), baseItems);
        // Fewer items than the base's choice, by more than `gate` standard errors (strictly: ties stay with the base).
        if (mean < bestAdvantage && mean < -gate * se) {
          best = skill;
          bestAdvantage = mean;
        }
      }
      return best;
    },
  };
}
