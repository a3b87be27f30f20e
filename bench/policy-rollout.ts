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
 *   fork's answers); the first one made also chooses on the real run, where it is told nothing, so
 *   it must be one that needs no telling (a stateless chooser) or `tellBase` must keep it told.
 */
export function rolloutChooser<V extends RolloutView<C>, C extends { choose(view: V): number }>(
  makeBase: () => C, rollouts: number, random: () => number, makeRandom: (seed: number) => () => number,
): { choose(view: V): number; base: C } {
  const base = makeBase();
  return {
    base,
    choose(view) {
      const first = base.choose(view);
      if (view.candidates.length === 1) return first;
      if (!view.fork) throw new Error('the rollout oracle needs the run to fork');
      // The base policy's own choice first, so it wins ties.
      const order = [first, ...view.candidates.filter((s) => s !== first)];
      const seed = Math.floor(random() * 2 ** 31);
      let best = first;
      let bestItems = Infinity;
      for (const skill of order) {
        let items = 0;
        for (let k = 0; k < rollouts; k++) {
          const draws = makeRandom(seed + k);
          const fork = view.fork();
          fork.answer(skill, draws);
          items += fork.playOut(makeBase(), draws);
        }
        if (items < bestItems) {
          best = skill;
          bestItems = items;
        }
      }
      return best;
    },
  };
}
