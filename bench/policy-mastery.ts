/**
 * The one place bench:policy decides a skill's mastery level: the app's own rule, fed by the
 * app's own model (the pack's DKT), for EVERY policy arm. The arms differ only in which item
 * comes next; what counts as "mastered" (the evidence and the model's line) is the same.
 *
 * `judgeAnswer` is the single call into the app's mastery code: the practice session's skill
 * update (src/app/practice/skill-update.ts), i.e. issue 14's evidence rule of
 * src/app/practice/mastery.ts (answers on 2 items in 2 sessions, a streak, the last unaided, and
 * the DKT's estimate at the skill's line, from the pack model's `estimateLines`).
 *
 * `resting` is the practice session's own rule for resting skills (src/app/practice/session-rest.ts):
 * a skill with all the evidence for "mastered" except a correct answer in another session, and a
 * correct answer today, gains nothing from more practice today. Every arm gets it, as readiness,
 * so no baseline wastes items the app would not.
 */
import type { MasteryLevel } from '../src/data/records.ts';
import type { DktStepResult, DktStepper } from '../src/ml/dkt/step.ts';
import { estimateLine, type PracticeAnswer } from '../src/app/practice/mastery.ts';
import { restingSkills } from '../src/app/practice/session-rest.ts';
import { updateSkill } from '../src/app/practice/skill-update.ts';
import { rightAnswerMasters } from '../src/app/practice/goal-gain.ts';

/** One answer as the bench records it: enough for any evidence rule (items, sessions, time). */
export interface BenchAnswer extends PracticeAnswer {
  skill: number;
  sessionId: string;
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
  /** The estimate "mastered" needs on this skill. */
  line: number;
}

/** The DKT as the judge uses it: the app's DktStepper, or the same model in plain loops (plain-dkt.ts). */
export type JudgeStepper = Pick<DktStepper, 'initialState' | 'predict' | 'step'>;

/** The app's rule: the level after one answer. */
function judgeAnswer(input: JudgeInput): MasteryLevel {
  return updateSkill({
    previous: input.previous,
    card: null,
    review: false,
    predicted: input.predicted,
    line: input.line,
    skillAnswers: input.skillAnswers,
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

  /**
   * @param estimateLines the pack model's per-skill reachable estimate (metadata.json
   *   `estimateLines`); without them the app's rule uses its default line.
   */
  constructor(
    private readonly stepper: JudgeStepper,
    private readonly ids: readonly string[],
    private readonly estimateLines: Readonly<Record<string, number>> | undefined,
  ) {
    this.#state = stepper.initialState();
    this.#predictions = stepper.predict(this.#state);
  }

  /** An independent copy of this judge (levels, answers, DKT state), stepping with `stepper` (by default this one's). */
  clone(stepper: JudgeStepper = this.stepper): MasteryJudge {
    const copy = new MasteryJudge(stepper, this.ids, this.estimateLines);
    for (const [id, level] of this.levels) copy.levels.set(id, level);
    for (const [skill, answers] of this.#answers) copy.#answers.set(skill, [...answers]);
    // Steps return new arrays and never write into old ones, so sharing them is safe.
    copy.#state = this.#state;
    copy.#predictions = this.#predictions;
    return copy;
  }

  /** The DKT's current predictions per dense skill index (the DKT arm chooses with these). */
  get predictions(): Float32Array {
    return this.#predictions;
  }

  /** The DKT's recurrent state after the answers recorded so far. */
  get state(): Float32Array {
    return this.#state;
  }

  /** One DKT step from any state; changes nothing (for look-aheads). */
  stepFrom(state: Float32Array, skill: number, correct: boolean): DktStepResult {
    return this.stepper.step(state, skill, correct);
  }

  /** Every answer recorded so far, in the order given. */
  history(): BenchAnswer[] {
    return [...this.#answers.values()].flat().sort((a, b) => a.at - b.at);
  }

  /** Answers recorded on `skill` so far. */
  answersOn(skill: number): number {
    return this.#answers.get(skill)?.length ?? 0;
  }

  /** Whether one more right answer in session `sessionId`, with this estimate after it, would make `skill` mastered (the app's rule). */
  rightAnswerMasters(skill: number, sessionId: string, estimateAfter: number): boolean {
    return rightAnswerMasters(this.#answers.get(skill) ?? [], sessionId, estimateAfter, this.line(skill));
  }

  level(skill: number): MasteryLevel {
    return this.levels.get(this.ids[skill]!) ?? 'not-started';
  }

  line(skill: number): number {
    return estimateLine(this.estimateLines?.[this.ids[skill]!]);
  }

  record(answer: BenchAnswer): void {
    const stepped = this.stepper.step(this.#state, answer.skill, answer.correct);
    this.#state = stepped.state;
    this.#predictions = stepped.predictions;
    const list = this.#answers.get(answer.skill) ?? [];
    // As the practice session does: the answer keeps the estimate the model gave right after it.
    list.push({ ...answer, estimate: this.#predictions[answer.skill]! });
    this.#answers.set(answer.skill, list);
    const level = judgeAnswer({ previous: this.level(answer.skill), predicted: this.#predictions[answer.skill]!, skillAnswers: list, line: this.line(answer.skill) });
    this.levels.set(this.ids[answer.skill]!, level);
  }

  /** Skills among `skills` that wait for another session (see the header), given today's answers: the app's own rule (session-rest.ts). */
  resting(skills: readonly number[], rightToday: ReadonlySet<number>): Set<number> {
    const ids = skills.map((s) => this.ids[s]!);
    const indexOf = new Map(skills.map((s) => [this.ids[s]!, s]));
    const resting = restingSkills({
      skills: ids.map((id) => ({ id })),
      levelOf: (id) => this.levels.get(id) ?? 'not-started',
      history: skills.flatMap((s) => this.#answers.get(s) ?? []),
      rightToday: new Set([...rightToday].map((s) => this.ids[s]!)),
      predictedFor: (id) => this.#predictions[indexOf.get(id)!]!,
      lineFor: (id) => this.line(indexOf.get(id)!),
    });
    return new Set([...resting].map((id) => indexOf.get(id)!));
  }
}
