/**
 * The placement check: an adaptive diagnostic that finds which skills of a pack a learner has
 * already mastered, in as few questions as it can.
 *
 * Belief. The learner's knowledge is one "knowledge state": a set of mastered skills that is
 * closed under prerequisites (mastering a skill implies its prerequisites). The belief is a
 * probability over all such states of the pack's graph, so a correct answer raises every state
 * holding the skill, with its prerequisites, and a wrong answer lowers them, with the skill's
 * dependents. Fractions 3-6 (39 skills) has 74,255 states, few enough to enumerate and update
 * exactly; a graph with more than `maxStates` falls back to that many states sampled by random
 * learning paths (approximate, but the same code).
 *
 * Answers. P(correct | mastered) = 1 - slip, P(correct | not mastered) = guess (no feedback is
 * shown during placement, so the learner is assumed not to learn from it). With `abilitySpread`
 * the belief also covers a few levels of the learner's general ability, and guess and slip vary
 * with it (tutor/ability-noise.ts): a strong learner's correct answers then count for less, a
 * weak learner's wrong ones too, instead of reading as mastery or its absence of a whole branch.
 *
 * Question. The skill whose answer is expected to make the most skills classified correctly, one
 * answer ahead (criterion 'accuracy'). The answer to one skill moves every other skill through
 * the states they share, so a question in the middle of a branch informs the whole branch.
 * ('entropy' looks ahead at the expected sum of the skills' entropies instead; 'information' at
 * the information about the state itself, without looking ahead.)
 *
 * Stop. When the expected share of skills classified correctly (mean over skills of
 * max(p, 1 - p)) reaches `confidence`, when no question is worth `minInformation` bits, or at
 * `maxQuestions`.
 */
import { stateMarginals, type KnowledgeSpace } from './knowledge-space.ts';
import { abilityNoise, type AbilityNoise } from '../practice/index.ts';

export type { GraphSkill, KnowledgeSpace } from './knowledge-space.ts';
export { buildKnowledgeSpace, fitPrior, topologicallyOrdered } from './knowledge-space.ts';


/** How noisy answers on one skill are. */
export interface ResponseNoise {
  /** P(correct | not mastered). */
  guess: number;
  /** P(wrong | mastered). */
  slip: number;
}

export interface PlacementOptions {
  /** Answer noise for skills without their own entry in `noiseBySkill`. */
  guess: number;
  slip: number;
  /**
   * Per-skill noise, e.g. the pack model's fitted BKT guess and slip: easy skills are often
   * guessed, hard ones slipped, and a question on a noisy skill tells less.
   */
  noiseBySkill?: ReadonlyMap<string, ResponseNoise>;
  /** Stop once the expected share of skills classified correctly reaches this. */
  confidence: number;
  maxQuestions: number;
  /** Stop when the best question's expected information is below this (bits). */
  minInformation: number;
  /**
   * How the next question is chosen: 'accuracy' looks one answer ahead at the expected share of
   * skills classified correctly; 'entropy' looks one answer ahead at the expected information
   * gained about every skill's classification (the sum of the skills' entropies, smoother than
   * the share, which a single answer often cannot move); 'information' maximises information
   * about the whole state (cheaper: no pairwise pass over the states).
   */
  criterion: 'accuracy' | 'entropy' | 'information';
  /**
   * With 'accuracy': stop when the best question would raise the expected share of skills
   * classified correctly by less than this, so questions go to learners they still help.
   */
  minGain: number;
  /**
   * Prior weight of each knowledge state (from `fitPrior`); without it every state is equally
   * likely.
   */
  prior?: Float64Array;
  /**
   * Spread (standard deviation, logits) of learners' general ability, which shifts P(correct) on
   * every skill together; 0 treats answers as independent given the knowledge state.
   */
  abilitySpread: number;
  /** How many ability levels the belief keeps when `abilitySpread` > 0. */
  abilityLevels: number;
}

export const DEFAULT_PLACEMENT_OPTIONS: PlacementOptions = {
  guess: 0.2,
  slip: 0.1,
  // Chosen on simulated Fractions learners with the shipped calibration (seeds 1 and 2 of
  // bench/placement.ts, every stopping rule replayed on the same answers) as the most accurate
  // rule that keeps the mean near 14.5 questions, leaving room under the target of 15: 0.883 and
  // 0.874 accuracy in 14.5 and 14.6 questions. Learners who know nothing stop after a few
  // questions; the cap decides for noisy answerers. Held-out figures: bench/README.md.
  confidence: 0.98,
  maxQuestions: 17,
  minInformation: 0.01,
  // Measured with bench/placement.ts before packs shipped a calibration and placement preferred
  // typed items (seed 1, 100 learners): 'accuracy' 0.842 accuracy in 15.0 questions, 'entropy'
  // 0.821 in 14.9; 'information' 0.829 in 14.8 on the first 40.
  criterion: 'accuracy',
  minGain: 0,
  abilitySpread: 0,
  abilityLevels: 5,
};

export interface PlacementQuestion {
  skillId: string;
  /** Expected information of the answer about the knowledge state, in bits. */
  information: number;
  /** The belief's chance that the skill is mastered, before the answer. */
  pMastered: number;
}

export interface PlacementResult {
  mastered: string[];
  /** Each skill's probability of being mastered. */
  probabilities: Map<string, number>;
  questions: number;
  /** Expected share of skills classified correctly under the belief. */
  expectedAccuracy: number;
}

export class Placement {
  readonly #space: KnowledgeSpace;
  readonly #options: PlacementOptions;
  /** Each skill's guess and slip for the learner's current ability belief (averaged over it). */
  #noise: ResponseNoise[];
  readonly #ability: AbilityNoise;
  /** Belief over (knowledge state i, ability level a) at [i * levels + a]. */
  readonly #weights: Float64Array;
  /** The belief over knowledge states alone (summed over ability). */
  readonly #stateWeights: Float64Array;
  #marginals: Float64Array;
  #questions = 0;

  constructor(space: KnowledgeSpace, options: Partial<PlacementOptions> = {}) {
    this.#space = space;
    this.#options = { ...DEFAULT_PLACEMENT_OPTIONS, ...options };
    const { guess, slip, noiseBySkill, prior, abilitySpread, abilityLevels } = this.#options;
    this.#noise = space.ids.map((id) => noiseBySkill?.get(id) ?? { guess, slip });
    this.#ability = abilityNoise(this.#noise, abilitySpread, abilityLevels);
    if (prior && prior.length !== space.count) throw new Error('the placement prior belongs to another knowledge space');
    const levels = this.#ability.levels;
    this.#weights = new Float64Array(space.count * levels);
    for (let i = 0; i < space.count; i++) this.#weights.fill(prior ? prior[i]! : 1, i * levels, (i + 1) * levels);
    this.#stateWeights = new Float64Array(space.count);
    this.#normalise();
    this.#marginals = stateMarginals(space, this.#stateWeights);
  }

  get questionsAsked(): number {
    return this.#questions;
  }

  /** The next question, or null when the placement should stop. */
  nextQuestion(): PlacementQuestion | null {
    const { maxQuestions, confidence, minInformation } = this.#options;
    if (this.#questions >= maxQuestions || this.expectedAccuracy() >= confidence) return null;
    const { criterion } = this.#options;
    const lookahead = criterion === 'information' ? null : this.#lookAhead(criterion);
    let best: PlacementQuestion | null = null;
    let bestScore = -Infinity;
    this.#marginals.forEach((pMastered, s) => {
      const information = this.#information(s, pMastered);
      if (information < minInformation) return;
      const score = lookahead ? lookahead[s]! : information;
      if (score > bestScore) {
        bestScore = score;
        best = { skillId: this.#space.ids[s]!, information, pMastered };
      }
    });
    if (criterion === 'accuracy' && bestScore - this.expectedAccuracy() < this.#options.minGain) return null;
    return best;
  }

  /** Bayes' rule on every knowledge state given one answer. */
  record(skillId: string, correct: boolean): void {
    const s = this.#space.ids.indexOf(skillId);
    if (s < 0) throw new Error(`skill "${skillId}" is not in the placement graph`);
    const n = this.#space.ids.length;
    const { levels, table } = this.#ability;
    for (let i = 0; i < this.#space.count; i++) {
      const mastered = this.#space.states[i * n + s]!;
      for (let a = 0; a < levels; a++) {
        const pCorrect = table[(s * levels + a) * 2 + mastered]!;
        this.#weights[i * levels + a]! *= correct ? pCorrect : 1 - pCorrect;
      }
    }
    this.#normalise();
    this.#marginals = stateMarginals(this.#space, this.#stateWeights);
    this.#questions++;
  }

  probabilities(): Map<string, number> {
    return new Map(this.#space.ids.map((id, s) => [id, this.#marginals[s]!]));
  }

  expectedAccuracy(): number {
    let sum = 0;
    for (const p of this.#marginals) sum += Math.max(p, 1 - p);
    return sum / this.#marginals.length;
  }

  /**
   * The skills judged mastered: each skill with probability at least 0.5. Every state holding a
   * skill holds its prerequisites, so a prerequisite's probability is never below its dependent's
   * and the set is closed under prerequisites without further work.
   */
  result(): PlacementResult {
    const probabilities = this.probabilities();
    const mastered = this.#space.ids.filter((id) => probabilities.get(id)! >= 0.5);
    return { mastered, probabilities, questions: this.#questions, expectedAccuracy: this.expectedAccuracy() };
  }

  /**
   * For each skill c, the expected share of skills classified correctly after asking c
   * ('accuracy'), or minus the expected sum of the skills' entropies ('entropy'), from the
   * pairwise marginals J[c][s] = P(c and s mastered): the answer to c moves every skill's
   * probability through J, so this looks one question ahead at what the result is judged on.
   */
  #lookAhead(kind: 'accuracy' | 'entropy'): Float64Array {
    const n = this.#space.ids.length;
    const joint = new Float64Array(n * n);
    const { members, start } = this.#space;
    for (let i = 0; i < this.#stateWeights.length; i++) {
      const w = this.#stateWeights[i]!;
      // States this unlikely change no expected accuracy visibly; skipping them makes the pass fast.
      if (w < 1e-7) continue;
      for (let a = start[i]!; a < start[i + 1]!; a++) {
        const row = members[a]! * n;
        for (let b = start[i]!; b < start[i + 1]!; b++) joint[row + members[b]!]! += w;
      }
    }
    const m = this.#marginals;
    const result = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      const { guess, slip } = this.#noise[c]!;
      let sum = 0;
      for (let s = 0; s < n; s++) {
        const both = joint[c * n + s]!;
        const correctAndS = (1 - slip) * both + guess * (m[s]! - both);
        const correctNotS = (1 - slip) * (m[c]! - both) + guess * (1 - m[c]! - m[s]! + both);
        if (kind === 'accuracy') {
          sum += Math.max(correctAndS, correctNotS) + Math.max(m[s]! - correctAndS, 1 - m[s]! - correctNotS);
          continue;
        }
        const pCorrect = correctAndS + correctNotS;
        if (pCorrect > 0) sum -= pCorrect * binaryEntropy(correctAndS / pCorrect);
        if (pCorrect < 1) sum -= (1 - pCorrect) * binaryEntropy((m[s]! - correctAndS) / (1 - pCorrect));
      }
      result[c] = sum / n;
    }
    return result;
  }

  /** I(answer; state) = H(answer) - E[H(answer | state)], in bits. */
  #information(s: number, pMastered: number): number {
    const { guess, slip } = this.#noise[s]!;
    const pCorrect = pMastered * (1 - slip) + (1 - pMastered) * guess;
    return binaryEntropy(pCorrect) - pMastered * binaryEntropy(slip) - (1 - pMastered) * binaryEntropy(guess);
  }

  /**
   * Normalises the belief, sums it per state and per ability level, and sets each skill's guess
   * and slip for the ability belief (used to look ahead; the belief itself stays exact).
   */
  #normalise(): void {
    let total = 0;
    for (const w of this.#weights) total += w;
    if (!(total > 0)) throw new Error('placement belief collapsed: no knowledge state explains the answers');
    const { levels, table } = this.#ability;
    const ability = new Float64Array(levels);
    for (let i = 0; i < this.#stateWeights.length; i++) {
      let sum = 0;
      for (let a = 0; a < levels; a++) {
        const w = (this.#weights[i * levels + a]! /= total);
        sum += w;
        ability[a]! += w;
      }
      this.#stateWeights[i] = sum;
    }
    if (levels === 1) return;
    this.#noise = this.#noise.map((_, s) => {
      let guess = 0, correctIfMastered = 0;
      for (let a = 0; a < levels; a++) {
        guess += ability[a]! * table[(s * levels + a) * 2]!;
        correctIfMastered += ability[a]! * table[(s * levels + a) * 2 + 1]!;
      }
      return { guess, slip: 1 - correctIfMastered };
    });
  }
}

function binaryEntropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}
