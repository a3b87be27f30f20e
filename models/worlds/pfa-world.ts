/**
 * The "pfa" world: performance factors analysis (Pavlik, Cen and Koedinger 2009), the logistic
 * family of AFM. A learner's chance of a correct answer on a skill is
 *
 *   sigmoid(ability + easiness[skill] + successRate[skill] * successes + failureRate[skill] * failures)
 *
 * where successes and failures count the learner's earlier answers on that skill. There is no
 * hidden state, no prerequisite and no forgetting: what the learner did on the skill is all that
 * moves it, and right answers move it more than wrong ones.
 *
 * Skill parameters come from the skill seed: easiness normal around easinessMean, success and
 * failure rates uniform in their ranges. Learners differ in ability (normal, abilitySd).
 */
import type { IndexedSkillGraph } from '../simulator/skill-graph.ts';
import { normal } from '../simulator/learner.ts';
import { seededRandom } from '../../src/ml/seeded-random.ts';
import { sigmoid, uniform, type World, type WorldLearner } from './world.ts';

export interface PfaWorldParameters {
  /** Mean skill easiness in logits (about 27% correct at -1 for an average learner). */
  easinessMean: number;
  easinessSd: number;
  abilitySd: number;
  successRateMin: number;
  successRateMax: number;
  failureRateMin: number;
  failureRateMax: number;
}

export const PFA_WORLD_DEFAULTS: PfaWorldParameters = {
  easinessMean: -1,
  easinessSd: 0.8,
  abilitySd: 1,
  successRateMin: 0.15,
  successRateMax: 0.45,
  failureRateMin: 0,
  failureRateMax: 0.2,
};

interface SkillParameters {
  easiness: number;
  successRate: number;
  failureRate: number;
}

class PfaWorldLearner implements WorldLearner {
  readonly #successes: Float64Array;
  readonly #failures: Float64Array;

  constructor(private readonly skills: readonly SkillParameters[], private readonly ability: number) {
    this.#successes = new Float64Array(skills.length);
    this.#failures = new Float64Array(skills.length);
  }

  probabilityCorrect(skill: number): number {
    return this.#chance(skill, this.#successes[skill]!, this.#failures[skill]!);
  }

  probabilityAfter(skill: number, correct: boolean, target: number): number {
    if (skill !== target) return this.probabilityCorrect(target);
    return this.#chance(skill, this.#successes[skill]! + (correct ? 1 : 0), this.#failures[skill]! + (correct ? 0 : 1));
  }

  #chance(skill: number, successes: number, failures: number): number {
    const s = this.skills[skill]!;
    return sigmoid(this.ability + s.easiness + s.successRate * successes + s.failureRate * failures);
  }

  clone(): PfaWorldLearner {
    const copy = new PfaWorldLearner(this.skills, this.ability);
    copy.#successes.set(this.#successes);
    copy.#failures.set(this.#failures);
    return copy;
  }

  answer(skill: number, _day: number, random: () => number): boolean {
    const correct = random() < this.probabilityCorrect(skill);
    if (correct) this.#successes[skill]! += 1;
    else this.#failures[skill]! += 1;
    return correct;
  }
}

export function pfaWorld(graph: IndexedSkillGraph, skillSeed: number, overrides: Partial<PfaWorldParameters>): World {
  const params: PfaWorldParameters = { ...PFA_WORLD_DEFAULTS, ...overrides };
  const random = seededRandom(skillSeed);
  const skills: SkillParameters[] = graph.ids.map(() => ({
    easiness: params.easinessMean + normal(random) * params.easinessSd,
    successRate: uniform(random, params.successRateMin, params.successRateMax),
    failureRate: uniform(random, params.failureRateMin, params.failureRateMax),
  }));
  return {
    kind: 'pfa',
    newLearner: (learnerRandom) => new PfaWorldLearner(skills, normal(learnerRandom) * params.abilitySd),
    describe: () => ({
      title: `pfa world, skill seed ${skillSeed} (easiness/success rate/failure rate)`,
      perSkill: skills.map((s) => [s.easiness, s.successRate, s.failureRate].map((x) => x.toFixed(2)).join('/')),
    }),
  };
}
