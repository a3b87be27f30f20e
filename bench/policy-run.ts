/**
 * One simulated learner under one arm of bench:policy, in sessions as the app runs them: at most
 * `itemsPerSession` items, no item twice in a session, and a session ends early when no ready
 * skill has an unseen item left. The next session is `daysBetweenSessions` later.
 *
 * Every arm sees the same candidates (the app's readiness, resting skills last) and stops at the
 * same point: the app's mastery rule (policy-mastery.ts) says every goal skill is mastered. Items count the answers until then (maxItems if never). The post-test is the
 * learner's TRUE mean chance of a correct answer on the goal skills one day after the last
 * session: whether "mastered" was true when it was claimed.
 *
 * A run can be forked (LearnerSimulation.fork): a copy of the learner's true state, the judge and
 * the session, played forward without touching the original. Only the rollout oracle does so.
 */
import type { DktStepper } from '../src/ml/dkt/step.ts';
import { prerequisiteMet } from '../src/app/practice/tutor-policy.ts';
import type { WorldLearner } from '../models/worlds/world.ts';
import { itemIds, makeChooser, type ArmContext, type ArmName, type Chooser, type ChoiceView } from './policy-arms.ts';
import type { Fork } from './policy-rollout.ts';
import { MasteryJudge, type BenchAnswer, type JudgeStepper } from './policy-mastery.ts';

export interface RunContext extends ArmContext {
  stepper: DktStepper;
  /** The pack model's per-skill estimate lines (metadata.json), when it has them. */
  estimateLines: Readonly<Record<string, number>> | undefined;
  maxItems: number;
  itemsPerSession: number;
  daysBetweenSessions: number;
  /** The same model as `stepper`, in plain loops (plain-dkt.ts): the judge of forked runs, for speed. */
  forkStepper?: JudgeStepper;
}

export interface LearnerRun {
  items: number;
  posttest: number;
  done: boolean;
  /** Answers per dense skill index. */
  perSkill: Int32Array;
  /** Right answers per dense skill index. */
  rightPerSkill: Int32Array;
}

const DAY_MS = 86_400_000;

/** One learner's run so far: the learner, the judge, the session; steps one answer at a time. */
class LearnerSimulation implements Fork<Chooser> {
  session: { skill: number; itemId: string; correct: boolean }[] = [];
  sessionIndex = 0;
  items = 0;
  done = false;
  readonly perSkill: Int32Array;
  readonly rightPerSkill: Int32Array;

  constructor(readonly ctx: RunContext, readonly learner: WorldLearner, readonly judge: MasteryJudge) {
    this.perSkill = new Int32Array(ctx.ids.length);
    this.rightPerSkill = new Int32Array(ctx.ids.length);
  }

  get day(): number {
    return this.sessionIndex * this.ctx.daysBetweenSessions + this.session.length / 1440;
  }

  /**
   * The choice the next item faces, starting a new session when this one is full or has nothing
   * left; null when the run is over (every goal skill mastered, or maxItems answered).
   */
  nextChoice(): Omit<ChoiceView, 'fork'> | null {
    const { ctx, judge } = this;
    const mastered = (s: number) => judge.level(s) === 'mastered';
    while (this.items < ctx.maxItems) {
      if (ctx.goal.every(mastered)) {
        this.done = true;
        return null;
      }
      // The app's readiness (src/app/practice/tutor-policy.ts): not mastered, every prerequisite
      // at least proficient, a fresh item; skills resting until another session only if nothing else is left.
      const ready = ctx.curriculum.filter((s) => !mastered(s) && ctx.prerequisites[s]!.every((p) => prerequisiteMet(judge.level(p))) && this.#unseen(s) !== undefined);
      const resting = judge.resting(ready, new Set(this.session.filter((e) => e.correct).map((e) => e.skill)));
      const awake = ready.filter((s) => !resting.has(s));
      const candidates = awake.length > 0 ? awake : ready;
      if (this.session.length < ctx.itemsPerSession && candidates.length > 0) {
        return { candidates, resting, judge, session: this.session, learner: this.learner, day: this.day, sessionIndex: this.sessionIndex };
      }
      if (this.session.length === 0) throw new Error('no skill is ready at the start of a session: the curriculum is not prerequisite-closed');
      this.session = [];
      this.sessionIndex++;
    }
    return null;
  }

  answer(skill: number, random: () => number): BenchAnswer {
    const day = this.day;
    const itemId = this.#unseen(skill)!;
    const correct = this.learner.answer(skill, day, random);
    const answer: BenchAnswer = {
      skill, skillId: this.ctx.ids[skill]!, itemId, correct, hintsUsed: 0, session: this.sessionIndex, sessionId: `s${this.sessionIndex}`, at: Math.round(day * DAY_MS),
    };
    this.judge.record(answer);
    this.session.push({ skill, itemId, correct });
    this.perSkill[skill]!++;
    if (correct) this.rightPerSkill[skill]!++;
    this.items++;
    return answer;
  }

  /** Plays the run to its end with `chooser` (told the run's answers so far), answers drawn from `random`; returns the items then. */
  playOut(chooser: Chooser, random: () => number): number {
    if (chooser.observe) for (const answer of this.judge.history()) chooser.observe(answer);
    for (let choice = this.nextChoice(); choice; choice = this.nextChoice()) {
      const answer = this.answer(chooser.choose({ ...choice, fork: () => this.fork() }), random);
      chooser.observe?.(answer);
    }
    return this.items;
  }

  fork(): LearnerSimulation {
    const copy = new LearnerSimulation(this.ctx, this.learner.clone(), this.judge.clone(this.ctx.forkStepper));
    copy.session = [...this.session];
    copy.sessionIndex = this.sessionIndex;
    copy.items = this.items;
    return copy;
  }

  #unseen(skill: number): string | undefined {
    return itemIds(this.ctx, skill).find((item) => !this.session.some((e) => e.itemId === item));
  }
}

export function runLearner(ctx: RunContext, arm: ArmName, learner: WorldLearner, answerRandom: () => number, armRandom: () => number): LearnerRun {
  const sim = new LearnerSimulation(ctx, learner, new MasteryJudge(ctx.stepper, ctx.ids, ctx.estimateLines));
  sim.playOut(makeChooser(arm, ctx, armRandom), answerRandom);
  const posttestDay = sim.sessionIndex * ctx.daysBetweenSessions + 1;
  const posttest = ctx.goal.reduce((sum, g) => sum + learner.probabilityCorrect(g, posttestDay), 0) / ctx.goal.length;
  return { items: sim.items, posttest, done: sim.done, perSkill: sim.perSkill, rightPerSkill: sim.rightPerSkill };
}
