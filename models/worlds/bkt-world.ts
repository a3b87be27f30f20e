/**
 * The "bkt" world: knowledge tracing's generative model taken literally. Each skill is known or
 * not (two states). A learner who does not know it answers right with the skill's guess
 * probability, one who does with 1 - slip. After each answer an unknown skill becomes known
 * with the skill's learn probability, scaled by the learner's speed, and only at a tenth of that
 * (unmetPrerequisiteFactor) while any prerequisite is unknown. A known skill is forgotten with
 * probability forgetPerDay for every day without practice on it.
 *
 * Skill parameters are drawn from the skill seed: prior known in [0, priorMax], learn around
 * learnMean (spread on the logit scale), guess and slip uniform in their ranges.
 */
import type { IndexedSkillGraph } from '../simulator/skill-graph.ts';
import { normal } from '../simulator/learner.ts';
import { seededRandom } from '../../src/ml/seeded-random.ts';
import { sigmoid, uniform, type World, type WorldLearner } from './world.ts';

export interface BktWorldParameters {
  /** Largest share of learners who know a skill before practice (each skill draws from [0, this]). */
  priorMax: number;
  /** Typical chance of learning from one answer (median over skills). */
  learnMean: number;
  /** Spread of the skills' learn rates, in logits. */
  learnSkillSd: number;
  /** Spread of learners' speed (a shift of every learn rate), in logits. */
  learnLearnerSd: number;
  guessMin: number;
  guessMax: number;
  slipMin: number;
  slipMax: number;
  /** Chance per day without practice that a known skill is forgotten. */
  forgetPerDay: number;
  /** Learning is scaled by this while any prerequisite is not known. */
  unmetPrerequisiteFactor: number;
}

export const BKT_WORLD_DEFAULTS: BktWorldParameters = {
  priorMax: 0.3,
  learnMean: 0.2,
  learnSkillSd: 0.6,
  learnLearnerSd: 0.7,
  guessMin: 0.1,
  guessMax: 0.3,
  slipMin: 0.03,
  slipMax: 0.12,
  forgetPerDay: 0.03,
  unmetPrerequisiteFactor: 0.1,
};

interface SkillParameters {
  prior: number;
  learnLogit: number;
  guess: number;
  slip: number;
}

class BktWorldLearner implements WorldLearner {
  readonly #known: Uint8Array;
  readonly #lastDay: Float64Array;

  constructor(
    private readonly graph: IndexedSkillGraph,
    private readonly skills: readonly SkillParameters[],
    private readonly params: BktWorldParameters,
    private readonly speed: number,
    random: () => number,
  ) {
    this.#known = Uint8Array.from(skills, (s) => (random() < s.prior ? 1 : 0));
    this.#lastDay = new Float64Array(skills.length).fill(Number.NaN);
  }

  /** P(still known on `day`): known skills survive each unpractised day with 1 - forgetPerDay. */
  #pKnown(skill: number, day: number): number {
    if (this.#known[skill] === 0) return 0;
    const last = this.#lastDay[skill]!;
    // Knowledge brought from before is not forgotten until it is practised (as in the wayfind world).
    if (Number.isNaN(last)) return 1;
    return (1 - this.params.forgetPerDay) ** Math.max(0, day - last);
  }

  probabilityCorrect(skill: number, day: number): number {
    const { guess, slip } = this.skills[skill]!;
    const known = this.#pKnown(skill, day);
    return known * (1 - slip) + (1 - known) * guess;
  }

  probabilityAfter(skill: number, _correct: boolean, target: number, day: number): number {
    // In this world the outcome does not change learning, and the oracle knows the state.
    if (skill !== target) return this.probabilityCorrect(target, day);
    const s = this.skills[skill]!;
    const stillKnown = this.#pKnown(skill, day);
    const learnt = this.#known[skill] === 1 ? stillKnown + (1 - stillKnown) * this.#learnChance(skill, day) : this.#learnChance(skill, day);
    return learnt * (1 - s.slip) + (1 - learnt) * s.guess;
  }

  #learnChance(skill: number, day: number): number {
    const prerequisitesKnown = this.graph.prerequisites[skill]!.every((r) => this.#pKnown(r, day) > 0.5);
    return sigmoid(this.skills[skill]!.learnLogit + this.speed) * (prerequisitesKnown ? 1 : this.params.unmetPrerequisiteFactor);
  }

  clone(): BktWorldLearner {
    // Built with a draw that decides nothing, then given this learner's state.
    const copy = new BktWorldLearner(this.graph, this.skills, this.params, this.speed, () => 0);
    copy.#known.set(this.#known);
    copy.#lastDay.set(this.#lastDay);
    return copy;
  }

  answer(skill: number, day: number, random: () => number): boolean {
    // Forgetting since the last practice happens (or not) now, before the answer.
    if (this.#known[skill] === 1 && random() >= this.#pKnown(skill, day)) this.#known[skill] = 0;
    const s = this.skills[skill]!;
    const correct = random() < (this.#known[skill] === 1 ? 1 - s.slip : s.guess);
    if (this.#known[skill] === 0 && random() < this.#learnChance(skill, day)) this.#known[skill] = 1;
    this.#lastDay[skill] = day;
    return correct;
  }
}

export function bktWorld(graph: IndexedSkillGraph, skillSeed: number, overrides: Partial<BktWorldParameters>): World {
  const params: BktWorldParameters = { ...BKT_WORLD_DEFAULTS, ...overrides };
  const random = seededRandom(skillSeed);
  const learnCentre = Math.log(params.learnMean / (1 - params.learnMean));
  const skills: SkillParameters[] = graph.ids.map(() => ({
    prior: uniform(random, 0, params.priorMax),
    learnLogit: learnCentre + normal(random) * params.learnSkillSd,
    guess: uniform(random, params.guessMin, params.guessMax),
    slip: uniform(random, params.slipMin, params.slipMax),
  }));
  return {
    kind: 'bkt',
    newLearner: (learnerRandom) => new BktWorldLearner(graph, skills, params, normal(learnerRandom) * params.learnLearnerSd, learnerRandom),
    describe: () => ({
      title: `bkt world, skill seed ${skillSeed} (prior/learn/guess/slip)`,
      perSkill: skills.map((s) => [s.prior, sigmoid(s.learnLogit), s.guess, s.slip].map((x) => x.toFixed(2)).join('/')),
    }),
  };
}
