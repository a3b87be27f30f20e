/**
 * One simulated learner under one arm of bench:policy, in sessions as the app runs them: at most
 * `itemsPerSession` items, no item twice in a session, and a session ends early when no ready
 * skill has an unseen item left. The next session is `daysBetweenSessions` later.
 *
 * Every arm sees the same candidates (the app's readiness, resting skills last) and stops at the
 * same point: the app's mastery rule (policy-mastery.ts) says every goal skill is mastered. Items count the answers until then (maxItems if never). The post-test is the
 * learner's TRUE mean chance of a correct answer on the goal skills one day after the last
 * session: whether "mastered" was true when it was claimed.
 */
import type { DktStepper } from '../src/ml/dkt/step.ts';
import { prerequisiteMet } from '../src/app/practice/tutor-policy.ts';
import type { WorldLearner } from '../models/worlds/world.ts';
import { itemIds, makeChooser, type ArmContext, type ArmName } from './policy-arms.ts';
import { MasteryJudge, type BenchAnswer } from './policy-mastery.ts';

export interface RunContext extends ArmContext {
  stepper: DktStepper;
  /** The pack model's per-skill estimate lines (metadata.json), when it has them. */
  estimateLines: Readonly<Record<string, number>> | undefined;
  maxItems: number;
  itemsPerSession: number;
  daysBetweenSessions: number;
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

export function runLearner(ctx: RunContext, arm: ArmName, learner: WorldLearner, answerRandom: () => number, armRandom: () => number): LearnerRun {
  const judge = new MasteryJudge(ctx.stepper, ctx.ids, ctx.estimateLines);
  const chooser = makeChooser(arm, ctx, armRandom);
  const mastered = (s: number) => judge.level(s) === 'mastered';
  const perSkill = new Int32Array(ctx.ids.length);
  const rightPerSkill = new Int32Array(ctx.ids.length);
  let session: { skill: number; itemId: string; correct: boolean }[] = [];
  let sessionIndex = 0;
  let items = 0;
  let done = false;
  const dayOf = () => sessionIndex * ctx.daysBetweenSessions + session.length / 1440;
  while (items < ctx.maxItems) {
    if (ctx.goal.every(mastered)) {
      done = true;
      break;
    }
    const unseen = (s: number) => itemIds(ctx, s).find((item) => !session.some((e) => e.itemId === item));
    // The app's readiness (src/app/practice/tutor-policy.ts): not mastered, every prerequisite
    // at least proficient, a fresh item; skills resting until another session only if nothing else is left.
    const ready = ctx.curriculum.filter((s) => !mastered(s) && ctx.prerequisites[s]!.every((p) => prerequisiteMet(judge.level(p))) && unseen(s) !== undefined);
    const resting = judge.resting(ready, new Set(session.filter((e) => e.correct).map((e) => e.skill)));
    const awake = ready.filter((s) => !resting.has(s));
    const candidates = awake.length > 0 ? awake : ready;
    if (session.length >= ctx.itemsPerSession || candidates.length === 0) {
      if (session.length === 0) throw new Error('no skill is ready at the start of a session: the curriculum is not prerequisite-closed');
      session = [];
      sessionIndex++;
      continue;
    }
    const day = dayOf();
    const skill = chooser.choose({ candidates, resting, judge, session, learner, day, sessionIndex });
    const itemId = unseen(skill)!;
    const correct = learner.answer(skill, day, answerRandom);
    const answer: BenchAnswer = {
      skill, skillId: ctx.ids[skill]!, itemId, correct, hintsUsed: 0, session: sessionIndex, sessionId: `s${sessionIndex}`, at: Math.round(day * DAY_MS),
    };
    judge.record(answer);
    chooser.observe?.(answer);
    session.push({ skill, itemId, correct });
    perSkill[skill]!++;
    if (correct) rightPerSkill[skill]!++;
    items++;
  }
  const posttestDay = sessionIndex * ctx.daysBetweenSessions + 1;
  const posttest = ctx.goal.reduce((sum, g) => sum + learner.probabilityCorrect(g, posttestDay), 0) / ctx.goal.length;
  return { items, posttest, done, perSkill, rightPerSkill };
}
