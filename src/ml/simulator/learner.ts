import type { SimulatorParameters } from './parameters.ts';
import type { IndexedSkillGraph } from './skill-graph.ts';

/**
 * One simulated learner: per-skill ability, mastery that grows with practice and hints (faster
 * when prerequisites are mastered, barely at all when they are not), decays between practice
 * days, and answers with guessing and slipping. Days are fractional day numbers.
 */
export class SimulatedLearner {
  readonly #graph: IndexedSkillGraph;
  readonly #difficulty: Float64Array;
  readonly #params: SimulatorParameters;
  readonly #skillAbility: Float64Array;
  readonly #mastery: Float64Array;
  readonly #stabilityDays: Float64Array;
  readonly #lastDay: Float64Array;

  constructor(graph: IndexedSkillGraph, difficulty: Float64Array, params: SimulatorParameters, random: () => number) {
    this.#graph = graph;
    this.#difficulty = difficulty;
    this.#params = params;
    const n = graph.ids.length;
    const ability = (params.abilityMean ?? 0) + normal(random) * params.abilitySd;
    this.#skillAbility = Float64Array.from({ length: n }, () => ability + normal(random) * params.skillAbilitySd);
    this.#mastery = Float64Array.from({ length: n }, () => random() * params.maxInitialMastery);
    this.#stabilityDays = new Float64Array(n).fill(params.initialStabilityDays);
    this.#lastDay = new Float64Array(n).fill(Number.NaN);
  }

  /** Mastery left on `day` after forgetting since the last practice (prior knowledge does not decay). */
  retained(skill: number, day: number): number {
    const last = this.#lastDay[skill]!;
    const mastery = this.#mastery[skill]!;
    if (Number.isNaN(last)) return mastery;
    return mastery * Math.exp(-Math.max(0, day - last) / this.#stabilityDays[skill]!);
  }

  /**
   * P(correct) on `day`: guess floor, slip ceiling, logistic in ability - difficulty + mastery.
   * `guess` replaces the parameters' floor for an item with its own chance of a blind guess
   * (0 for a typed answer, 1 in 3 for three choices).
   */
  probabilityCorrect(skill: number, day: number, guess = this.#params.guess): number {
    return this.#chanceAt(skill, this.retained(skill, day), guess);
  }

  #chanceAt(skill: number, mastery: number, guess: number): number {
    const { slip, masteryWeight } = this.#params;
    const logit = this.#skillAbility[skill]! - this.#difficulty[skill]! + masteryWeight * (mastery - 0.5);
    return guess + (1 - guess - slip) / (1 + Math.exp(-logit));
  }

  /**
   * How much prerequisites scale learning on `skill`: the mean retained mastery m of its
   * prerequisites gives m^gate (gating) times 1 + (speedup - 1) * m (speeding). 1 for a skill
   * without prerequisites.
   */
  prerequisiteFactor(skill: number, day: number): number {
    const required = this.#graph.prerequisites[skill]!;
    if (required.length === 0) return 1;
    const mean = required.reduce((sum, r) => sum + this.retained(r, day), 0) / required.length;
    return mean ** this.#params.prerequisiteGate * (1 + (this.#params.prerequisiteSpeedup - 1) * mean);
  }

  /** Answers one item on `skill`, then learns from the outcome; returns whether it was correct. */
  answer(skill: number, day: number, random: () => number): boolean {
    const correct = random() < this.probabilityCorrect(skill, day);
    this.#practise(skill, day, correct ? this.#params.learnFromCorrect : this.#params.learnFromWrong);
    return correct;
  }

  /**
   * P(correct) on `target` on `day` if the learner now answered `skill` with the given outcome,
   * without changing this learner (a benchmark oracle's look-ahead).
   */
  probabilityAfter(skill: number, correct: boolean, target: number, day: number): number {
    if (skill !== target) return this.probabilityCorrect(target, day);
    return this.#chanceAt(skill, this.#learnt(skill, day, correct ? this.#params.learnFromCorrect : this.#params.learnFromWrong), this.#params.guess);
  }

  /** An independent copy of this learner in their current state (a benchmark oracle plays copies forward). */
  clone(): SimulatedLearner {
    // Built with a draw that decides nothing, then given this learner's state.
    const copy = new SimulatedLearner(this.#graph, this.#difficulty, this.#params, () => 0.5);
    copy.#skillAbility.set(this.#skillAbility);
    copy.#mastery.set(this.#mastery);
    copy.#stabilityDays.set(this.#stabilityDays);
    copy.#lastDay.set(this.#lastDay);
    return copy;
  }

  /** Reads a hint on `skill`. */
  takeHint(skill: number, day: number): void {
    this.#practise(skill, day, this.#params.learnFromHint);
  }

  /** Mastery right after practice at `rate` on `day` (changes nothing). */
  #learnt(skill: number, day: number, rate: number): number {
    const now = this.retained(skill, day);
    return now + Math.min(1, rate * this.prerequisiteFactor(skill, day)) * (1 - now);
  }

  #practise(skill: number, day: number, rate: number): void {
    const practisedBefore = !Number.isNaN(this.#lastDay[skill]!);
    this.#mastery[skill] = this.#learnt(skill, day, rate);
    // Practice on a later day strengthens memory; repeats within a day do not (massed practice).
    if (practisedBefore && day - this.#lastDay[skill]! >= 0.5) this.#stabilityDays[skill]! *= this.#params.stabilityGrowth;
    this.#lastDay[skill] = day;
  }
}

/** Standard normal draw (Box-Muller). */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
