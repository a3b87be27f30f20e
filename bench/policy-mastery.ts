/**
 * The one place bench:policy decides a skill's mastery level: the app's own rule, fed by the
 * app's own model (the pack's DKT), for EVERY policy arm. The arms differ only in which item
 * comes next; what counts as "mastered" (the evidence and the model's line) is the same.
 *
 * `judgeAnswer` is the single call into the app's mastery code. Today it is the practice
 * session's skill update (src/app/practice/skill-update.ts: the documented rule of
 * src/app/practice/mastery.ts plus the plateau route of src/app/practice/achievable-mastery.ts); when the
 * evidence-based rule of issue 14 lands, only this function changes.
 */
import type { MasteryLevel } from '../src/data/records.ts';
import type { DktStepper } from '../src/ml/dkt/step.ts';
import type { PracticeAnswer } from '../src/app/practice/mastery.ts';
import { needsPlateauCheck, updateSkill } from '../src/app/practice/skill-update.ts';

/** One answer as the bench records it: enough for any evidence rule (items, sessions, time). */
export interface BenchAnswer extends PracticeAnswer {
  skill: number;
  /** Session number from 0, and the time of the answer (ms since the learner's first day). */
  session: number;
  at: number;
}

interface JudgeInput {
  previous: MasteryLevel;
  /** The model's prediction on the skill after the answer. */
  predicted: number;
  /** The skill's answers including this one, oldest first. */
  skillAnswers: readonly BenchAnswer[];
  /** The prediction if the next answer on the skill were correct too (one more model step). */
  peekAfterCorrect: () => number;
  /**
   * The skill's reachable estimate line from the pack model's metadata.json (`estimateLines`,
   * written by the DKT+ retraining of issue 14), or undefined for a model without lines. The
   * current rule has no use for it; the evidence rule reads it.
   */
  line: number | undefined;
}

/** The app's rule: the level after one answer. */
function judgeAnswer(input: JudgeInput): MasteryLevel {
  const plateauInput = { previous: input.previous, predicted: input.predicted, skillAnswers: input.skillAnswers };
  const predictedAfterCorrect = needsPlateauCheck(plateauInput) ? input.peekAfterCorrect() : undefined;
  return updateSkill({
    ...plateauInput,
    card: null,
    review: false,
    ...(predictedAfterCorrect === undefined ? {} : { predictedAfterCorrect }),
    now: input.skillAnswers.at(-1)!.at,
  }).masteryLevel;
}

/**
 * One learner's levels under the app's rule: the pack's DKT stepped on every answer, the rule
 * applied to the answered skill. Every arm owns one and records every answer into it.
 */
export class MasteryJudge {
  readonly levels = new Map<string, MasteryLevel>();
  readonly #answers = new Map<number, BenchAnswer[]>();
  #state: Float32Array;
  #predictions: Float32Array;

  constructor(
    private readonly stepper: DktStepper,
    private readonly ids: readonly string[],
    private readonly estimateLines: Readonly<Record<string, number>> | undefined,
  ) {
    this.#state = stepper.initialState();
    this.#predictions = stepper.predict(this.#state);
  }

  /** The DKT's current predictions per dense skill index (the DKT arm chooses with these). */
  get predictions(): Float32Array {
    return this.#predictions;
  }

  level(skill: number): MasteryLevel {
    return this.levels.get(this.ids[skill]!) ?? 'not-started';
  }

  record(answer: BenchAnswer): void {
    const stepped = this.stepper.step(this.#state, answer.skill, answer.correct);
    this.#state = stepped.state;
    this.#predictions = stepped.predictions;
    const list = this.#answers.get(answer.skill) ?? [];
    list.push(answer);
    this.#answers.set(answer.skill, list);
    const state = this.#state;
    const level = judgeAnswer({
      previous: this.level(answer.skill),
      predicted: this.#predictions[answer.skill]!,
      skillAnswers: list,
      peekAfterCorrect: () => this.stepper.step(state, answer.skill, true).predictions[answer.skill]!,
      line: this.estimateLines?.[answer.skillId],
    });
    this.levels.set(this.ids[answer.skill]!, level);
  }
}
