/**
 * DKT+'s consistency figures (Yeung and Yeung 2018), from prediction vectors alone: plain
 * arrays in, numbers out, no TensorFlow.js. Shared by the training CLIs, bench:kt, the pack
 * report and bench:journey (which feeds it the app's own stepper output).
 *
 * - dropAfterCorrect: share of correct answers after which the answered skill's predicted
 *   P(correct) falls (a learner is told "right" and the model thinks less of them);
 * - riseAfterWrong: share of wrong answers after which it rises;
 * - w1, w2: waviness, the mean absolute change and the root mean squared change of the whole
 *   prediction vector between consecutive answers, per skill (the paper's w1 and w2).
 */

export interface AnsweredSkillChange {
  readonly correct: boolean;
  /** The answered skill's prediction just before the answer. */
  readonly before: number;
  /** The same skill's prediction just after it. */
  readonly after: number;
}

export interface ConsistencyFigures {
  readonly dropAfterCorrect: number;
  readonly riseAfterWrong: number;
  readonly correctAnswers: number;
  readonly wrongAnswers: number;
  readonly w1: number;
  readonly w2: number;
}

/** Share of correct answers after which the answered skill's prediction fell; NaN with none. */
export function dropAfterCorrect(changes: Iterable<AnsweredSkillChange>): number {
  let correct = 0;
  let drops = 0;
  for (const change of changes) {
    if (!change.correct) continue;
    correct++;
    if (change.after < change.before) drops++;
  }
  return correct === 0 ? Number.NaN : drops / correct;
}

/**
 * Folds learners' steps in: call `startLearner(initial)` with the prediction vector before any
 * answer, then `answer(skill, correct, after)` with the vector after each answer. `lane` lets a
 * caller that runs several learners side by side interleave their steps.
 */
export class ConsistencyAccumulator {
  readonly #lanes = new Map<number, { previous: Float32Array; pairs: number }>();
  #correct = 0;
  #drops = 0;
  #wrong = 0;
  #rises = 0;
  #absoluteSum = 0;
  #squaredSum = 0;
  #values = 0;

  startLearner(initial: ArrayLike<number>, lane = 0): void {
    this.#lanes.set(lane, { previous: Float32Array.from(initial), pairs: 0 });
  }

  answer(skill: number, correct: boolean, after: ArrayLike<number>, lane = 0): void {
    const learner = this.#lanes.get(lane);
    if (!learner) throw new Error('startLearner must come before the first answer');
    const { previous } = learner;
    if (after.length !== previous.length) throw new Error(`prediction vectors differ in length (${previous.length}, ${after.length})`);
    const before = previous[skill]!;
    const now = after[skill]!;
    if (correct) {
      this.#correct++;
      if (now < before) this.#drops++;
    } else {
      this.#wrong++;
      if (now > before) this.#rises++;
    }
    // Waviness is over pairs of post-answer vectors (T - 1 per learner), as in the paper.
    if (learner.pairs > 0) {
      for (let s = 0; s < after.length; s++) {
        const d = after[s]! - previous[s]!;
        this.#absoluteSum += Math.abs(d);
        this.#squaredSum += d * d;
      }
      this.#values += after.length;
    }
    learner.pairs++;
    previous.set(after as ArrayLike<number>);
  }

  figures(): ConsistencyFigures {
    return {
      dropAfterCorrect: this.#correct === 0 ? Number.NaN : this.#drops / this.#correct,
      riseAfterWrong: this.#wrong === 0 ? Number.NaN : this.#rises / this.#wrong,
      correctAnswers: this.#correct,
      wrongAnswers: this.#wrong,
      w1: this.#values === 0 ? Number.NaN : this.#absoluteSum / this.#values,
      w2: this.#values === 0 ? Number.NaN : Math.sqrt(this.#squaredSum / this.#values),
    };
  }
}
