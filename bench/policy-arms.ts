/**
 * The arms of bench:policy: five ways to choose the next item. Every arm sees the same
 * candidates (the app's own readiness: skills of the curriculum that are not mastered, whose
 * prerequisites are at least proficient, with an item not yet seen this session, and skills
 * resting until another session only when nothing else is ready) and the same mastery levels
 * (the app's rule, policy-mastery.ts). They differ only in which candidate comes next:
 *
 * - order: the first candidate in curriculum (prerequisite) order;
 * - random: a random candidate;
 * - bkt: the app's tutor policy (src/app/practice/tutor-policy.ts) on the predictions of a BKT model fitted
 *   to logged practice of the same population (policy-logs.ts);
 * - dkt: the app's tutor policy on the pack DKT's predictions: Wayfind as shipped;
 * - oracle: the app's tutor policy on the learner's TRUE chance of answering each skill
 *   correctly, read from the simulated world; no real tutor can see this, so it is the limit of
 *   what a better model could bring the policy.
 */
import type { SkillNode as GraphSkill } from '../src/content/index.ts';
import { chooseNextItem } from '../src/app/practice/tutor-policy.ts';
import { expectedGain, gainTargets } from '../src/app/practice/goal-gain.ts';
import { predictCorrect, updateKnown, type BktSkillParams } from '../src/ml/bkt/bkt.ts';
import type { WorldLearner } from '../models/worlds/world.ts';
import type { BenchAnswer, MasteryJudge } from './policy-mastery.ts';

export const ARMS = ['order', 'random', 'bkt', 'dkt', 'oracle'] as const;
export const EXPERIMENTAL_ARMS = ['dkt-band', 'oracle-greedy', 'dkt-greedy', 'dkt-prerequisites-first', 'spread'] as const;
export type ArmName = (typeof ARMS)[number] | (typeof EXPERIMENTAL_ARMS)[number];

function argmax(candidates: readonly number[], score: (skill: number) => number): number {
  let best = candidates[0]!;
  for (const s of candidates) if (score(s) > score(best)) best = s;
  return best;
}

/** What a chooser is shown before each item. */
export interface ChoiceView {
  /** Candidate skills (dense indices) in curriculum order; never empty. */
  candidates: readonly number[];
  /** Ready skills waiting for another session (policy-mastery.ts): candidates only when nothing else is. */
  resting: ReadonlySet<number>;
  judge: MasteryJudge;
  /** This session's items so far, oldest first. */
  session: readonly { skill: number; itemId: string; correct: boolean }[];
  /** Only the oracle may read it. */
  learner: WorldLearner;
  day: number;
  /** The session number from 0 (answers carry it as their sessionId, "s" + number). */
  sessionIndex: number;
}

export interface Chooser {
  choose(view: ChoiceView): number;
  /** Told every answer (after the judge), for arms that keep their own model. */
  observe?(answer: BenchAnswer): void;
}

export interface ArmContext {
  ids: readonly string[];
  prerequisites: readonly (readonly number[])[];
  curriculum: readonly number[];
  goal: readonly number[];
  itemsPerSkill: number;
  bkt: readonly BktSkillParams[];
}

/** What an arm's model tells the app's policy: its predictions now, and after one more answer. */
interface ArmModel {
  predicted(skill: number): number;
  /**
   * The prediction on `target` if the learner now answered `skill` right (or wrong); null for
   * no look-ahead, which leaves the app's policy to its band-and-order scoring.
   */
  after: ((skill: number, correct: boolean, target: number) => number) | null;
}

/** The app's tutor policy over the candidates, with the arm's model (goal gains from its look-ahead). */
function appPolicy(ctx: ArmContext, view: ChoiceView, model: ArmModel, holdBack: ReadonlySet<number> = view.resting): number {
  const skills: GraphSkill[] = ctx.curriculum.map((s) => ({ id: ctx.ids[s]!, prerequisites: ctx.prerequisites[s]!.map((p) => ctx.ids[p]!) }));
  const itemsBySkill = new Map(ctx.curriculum.map((s) => [ctx.ids[s]!, itemIds(ctx, s)]));
  const goalSkillIds = ctx.goal.map((g) => ctx.ids[g]!);
  const predictions = new Map(ctx.curriculum.map((s) => [ctx.ids[s]!, model.predicted(s)]));
  let goalGains: Map<string, number> | undefined;
  if (model.after) {
    const after = model.after;
    const targets = gainTargets(skills.map((skill) => skill.id), view.judge.levels, goalSkillIds);
    const targetIndex = targets.map((id) => ctx.ids.indexOf(id));
    const outcome = (s: number, correct: boolean) => new Map(targetIndex.map((t) => [ctx.ids[t]!, after(s, correct, t)]));
    const sessionId = `s${view.sessionIndex}`;
    goalGains = new Map(
      view.candidates.map((s) => {
        const id = ctx.ids[s]!;
        const right = outcome(s, true);
        // As the app (goal-gain.ts goalGains): only a target's own finishing counts.
        const masters = right.has(id) && view.judge.rightAnswerMasters(s, sessionId, right.get(id)!);
        return [id, expectedGain(id, targets, predictions, right, outcome(s, false), masters)];
      }),
    );
  }
  const choice = chooseNextItem({
    skills,
    levels: view.judge.levels,
    itemsBySkill,
    session: view.session.map((e) => ({ skillId: ctx.ids[e.skill]!, itemId: e.itemId, review: false })),
    goalSkillIds,
    dueReviewSkillIds: [],
    resting: new Set([...holdBack].map((s) => ctx.ids[s]!)),
    goalFirst: true,
    predictions,
    ...(goalGains ? { goalGains, answerCounts: new Map(ctx.curriculum.map((s) => [ctx.ids[s]!, view.judge.answersOn(s)])) } : {}),
  });
  const skill = choice ? ctx.ids.indexOf(choice.skillId) : -1;
  // The policy's candidates are the bench's (same readiness); anything else is a bench bug.
  if (!view.candidates.includes(skill)) throw new Error(`the tutor policy chose ${choice?.skillId ?? 'nothing'}, not a candidate`);
  return skill;
}

/** The pack DKT as the app runs it: predictions, and a look-ahead step that changes nothing. */
function dktModel(view: ChoiceView, lookAhead = true): ArmModel {
  const memo = new Map<string, Float32Array>();
  const whatIf = (s: number, correct: boolean) => {
    const key = `${s}:${correct}`;
    if (!memo.has(key)) memo.set(key, view.judge.whatIf(s, correct));
    return memo.get(key)!;
  };
  return { predicted: (s) => view.judge.predictions[s]!, after: lookAhead ? (s, correct, t) => whatIf(s, correct)[t]! : null };
}

/** The items of a skill, as the app's item pool would list them. */
export function itemIds(ctx: Pick<ArmContext, 'ids' | 'itemsPerSkill'>, skill: number): string[] {
  return Array.from({ length: ctx.itemsPerSkill }, (_, k) => `${ctx.ids[skill]}#${k}`);
}

export function makeChooser(arm: ArmName, ctx: ArmContext, random: () => number): Chooser {
  switch (arm) {
    case 'order':
      return { choose: (view) => view.candidates[0]! };
    case 'random':
      return { choose: (view) => view.candidates[Math.floor(random() * view.candidates.length)]! };
    case 'dkt':
      return { choose: (view) => appPolicy(ctx, view, dktModel(view)) };
    case 'dkt-band':
      return { choose: (view) => appPolicy(ctx, view, dktModel(view, false)) };
    case 'oracle':
      return {
        choose: (view) =>
          appPolicy(ctx, view, {
            predicted: (s) => view.learner.probabilityCorrect(s, view.day),
            after: (s, correct, t) => view.learner.probabilityAfter(s, correct, t, view.day),
          }),
      };
    case 'oracle-greedy':
      return { choose: (view) => argmax(view.candidates, (s) => view.learner.probabilityCorrect(s, view.day)) };
    case 'dkt-prerequisites-first':
      // The app's policy, holding back (like resting skills) those whose prerequisites are proficient but not yet mastered.
      return {
        choose: (view) => {
          const early = view.candidates.filter((s) => !ctx.prerequisites[s]!.every((p) => view.judge.level(p) === 'mastered'));
          const holdBack = early.length < view.candidates.length ? new Set([...view.resting, ...early]) : view.resting;
          return appPolicy(ctx, view, dktModel(view), holdBack);
        },
      };
    case 'spread': {
      return { choose: (view) => argmax(view.candidates, (s) => -view.judge.answersOn(s)) };
    }
    case 'dkt-greedy':
      return { choose: (view) => argmax(view.candidates, (s) => view.judge.predictions[s]!) };
    case 'bkt': {
      const known = ctx.bkt.map((p) => p.prior);
      return {
        choose: (view) =>
          appPolicy(ctx, view, {
            predicted: (s) => predictCorrect(ctx.bkt[s]!, known[s]!),
            // BKT's skills are independent: an answer moves only its own skill's estimate.
            after: (s, correct, t) => predictCorrect(ctx.bkt[t]!, s === t ? updateKnown(ctx.bkt[s]!, known[s]!, correct) : known[t]!),
          }),
        observe: (answer) => {
          known[answer.skill] = updateKnown(ctx.bkt[answer.skill]!, known[answer.skill]!, answer.correct);
        },
      };
    }
  }
}
