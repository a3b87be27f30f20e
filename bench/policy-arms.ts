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
 *   correctly, read from the simulated world; no real tutor can see this, so it shows what a
 *   perfect model would bring this same policy.
 *
 * That one-step oracle is a reference, not a bound: the same policy on the truth is not the best
 * chooser the truth allows. Experimental arm oracle-rollout (policy-rollout.ts) is the bound: it
 * tries each candidate on copies of the learner and plays them to the goal with a base arm.
 *
 * Experimental arms (`--arms`, not in the default run) test why the DKT arm does not beat BKT:
 * - dkt-tuned: the app's policy on a copy of the pack DKT fine-tuned on the same logged practice
 *   the BKT is fitted on (same data for both models); the mastery judge stays the pack DKT;
 * - dkt-two-step, bkt-two-step: the app's policy plus a second look-ahead step (see
 *   secondStepTerm): does practising a skill now make the goal's next practice more productive?
 *   BKT's skills are independent, so only the goal's own answers move it; the DKT's cross-skill
 *   transfer is what this term would reward.
 */
import type { SkillNode as GraphSkill } from '../src/content/index.ts';
import { chooseNextItem } from '../src/app/practice/tutor-policy.ts';
import { expectedGain, gainTargets } from '../src/app/practice/goal-gain.ts';
import { predictCorrect, updateKnown, type BktSkillParams } from '../src/ml/bkt/bkt.ts';
import type { DktStepper } from '../src/ml/dkt/step.ts';
import type { WorldLearner } from '../models/worlds/world.ts';
import type { BenchAnswer, MasteryJudge } from './policy-mastery.ts';
import { rolloutChooser, type Fork } from './policy-rollout.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';

export const ARMS = ['order', 'random', 'bkt', 'dkt', 'oracle'] as const;
export const EXPERIMENTAL_ARMS = ['dkt-tuned', 'dkt-two-step', 'bkt-two-step', 'dkt-band', 'oracle-greedy', 'dkt-greedy', 'dkt-prerequisites-first', 'spread', 'oracle-rollout'] as const;
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
  /** A copy of the whole run (learner included) to play forward: only the rollout oracle may call it. */
  fork?: () => Fork<Chooser>;
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
  /** The pack DKT fine-tuned on the logs `bkt` is fitted on: only arm dkt-tuned needs it. */
  tunedDkt?: DktStepper;
  /** Weight of the second look-ahead step in the two-step arms (default 1). */
  secondStepWeight?: number;
  /** Forks per candidate for arm oracle-rollout (default 8). */
  rollouts?: number;
  /** The base policy oracle-rollout improves on (default the one-step oracle). */
  rolloutBase?: ArmName;
  /** Standard errors of advantage oracle-rollout needs to leave its base's choice (default 0: the lowest mean). */
  rolloutGate?: number;
}

/** What an arm's model tells the app's policy: its predictions now, and after one more answer. */
interface ArmModel {
  predicted(skill: number): number;
  /**
   * The prediction on `target` if the learner now answered `skill` right (or wrong); null for
   * no look-ahead, which leaves the app's policy to its band-and-order scoring.
   */
  after: ((skill: number, correct: boolean, target: number) => number) | null;
  /** Two answers ahead (`skill`, then `then`): the prediction on each skill; only the two-step arms ask. */
  afterTwo?: (skill: number, correct: boolean, then: number, thenCorrect: boolean) => (target: number) => number;
}

/** The app's tutor policy over the candidates, with the arm's model (goal gains from its look-ahead). */
function appPolicy(ctx: ArmContext, view: ChoiceView, model: ArmModel, holdBack: ReadonlySet<number> = view.resting, twoStep = false): number {
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
        const gain = expectedGain(id, targets, predictions, right, outcome(s, false), masters);
        return [id, gain + (twoStep ? secondStepTerm(ctx, view, model, s, targetIndex, predictions) : 0)];
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

/** A DKT as the arms see it: its state after the learner's answers, its predictions, and a step that changes nothing. */
interface DktView {
  readonly state: Float32Array;
  readonly predictions: Float32Array;
  stepFrom(state: Float32Array, skill: number, correct: boolean): { state: Float32Array; predictions: Float32Array };
}

/** A DKT as the app runs it: predictions, and look-ahead steps from its state (memoised per choice). */
function dktModel(dkt: DktView, lookAhead = true): ArmModel {
  const one = new Map<string, { state: Float32Array; predictions: Float32Array }>();
  const stepOnce = (s: number, correct: boolean) => {
    const key = `${s}:${correct}`;
    if (!one.has(key)) one.set(key, dkt.stepFrom(dkt.state, s, correct));
    return one.get(key)!;
  };
  const two = new Map<string, Float32Array>();
  const afterTwo = (s: number, correct: boolean, then: number, thenCorrect: boolean) => {
    const key = `${s}:${correct}:${then}:${thenCorrect}`;
    if (!two.has(key)) two.set(key, dkt.stepFrom(stepOnce(s, correct).state, then, thenCorrect).predictions);
    const predictions = two.get(key)!;
    return (t: number) => predictions[t]!;
  };
  return { predicted: (s) => dkt.predictions[s]!, after: lookAhead ? (s, correct, t) => stepOnce(s, correct).predictions[t]! : null, afterTwo };
}

/** A DKT of the arm's own (not the judge's), told every answer. */
function ownDkt(stepper: DktStepper): DktView & { observe(answer: BenchAnswer): void } {
  let state = stepper.initialState();
  let predictions = stepper.predict(state);
  return {
    get state() {
      return state;
    },
    get predictions() {
      return predictions;
    },
    stepFrom: (from, skill, correct) => stepper.step(from, skill, correct),
    observe: (answer) => {
      ({ state, predictions } = stepper.step(state, answer.skill, answer.correct));
    },
  };
}

/**
 * The two-step arms' extra term for candidate `s`: how much an answer on `s` now changes the
 * expected gain of then practising each ready goal skill g (goal-gain.ts expectedGain, without the
 * finishing credit), averaged over the ready goals and weighted by ctx.secondStepWeight. Positive
 * when the model expects the goal to be learnt faster after practice on s.
 */
function secondStepTerm(ctx: ArmContext, view: ChoiceView, model: ArmModel, s: number, targetIndex: readonly number[], predictions: ReadonlyMap<string, number>): number {
  const { after, afterTwo } = model;
  const readyGoals = targetIndex.filter((g) => view.candidates.includes(g));
  if (!after || !afterTwo || readyGoals.length === 0) return 0;
  const over = (value: (t: number) => number) => new Map(targetIndex.map((t) => [ctx.ids[t]!, value(t)]));
  const p = model.predicted(s);
  let term = 0;
  for (const g of readyGoals) {
    const goalId = ctx.ids[g]!;
    const gainNow = expectedGain(goalId, targetIndex.map((t) => ctx.ids[t]!), predictions, over((t) => after(g, true, t)), over((t) => after(g, false, t)));
    let gainAfter = 0;
    for (const correct of [true, false]) {
      const base = over((t) => after(s, correct, t));
      const right = over(afterTwo(s, correct, g, true));
      const wrong = over(afterTwo(s, correct, g, false));
      gainAfter += (correct ? p : 1 - p) * expectedGain(goalId, [...base.keys()], base, right, wrong);
    }
    term += gainAfter - gainNow;
  }
  return ((ctx.secondStepWeight ?? 1) * term) / readyGoals.length;
}

/** The app's tutor policy on the learner's true chance, one answer ahead with the world's own rule. */
function oneStepOracle(ctx: ArmContext): Chooser {
  return {
    choose: (view) =>
      appPolicy(ctx, view, {
        predicted: (s) => view.learner.probabilityCorrect(s, view.day),
        after: (s, correct, t) => view.learner.probabilityAfter(s, correct, t, view.day),
      }),
  };
}

/** The items of a skill, as the app's item pool would list them. */
export function itemIds(ctx: Pick<ArmContext, 'ids' | 'itemsPerSkill'>, skill: number): readonly string[] {
  const key = `${ctx.ids[skill]}/${ctx.itemsPerSkill}`;
  let items = itemLists.get(key);
  // Made once per skill: the rollout oracle asks millions of times.
  if (!items) itemLists.set(key, (items = Array.from({ length: ctx.itemsPerSkill }, (_, k) => `${ctx.ids[skill]}#${k}`)));
  return items;
}
const itemLists = new Map<string, readonly string[]>();

export function makeChooser(arm: ArmName, ctx: ArmContext, random: () => number): Chooser {
  switch (arm) {
    case 'order':
      return { choose: (view) => view.candidates[0]! };
    case 'random':
      return { choose: (view) => view.candidates[Math.floor(random() * view.candidates.length)]! };
    case 'dkt':
      return { choose: (view) => appPolicy(ctx, view, dktModel(view.judge)) };
    case 'dkt-band':
      return { choose: (view) => appPolicy(ctx, view, dktModel(view.judge, false)) };
    case 'dkt-two-step':
      return { choose: (view) => appPolicy(ctx, view, dktModel(view.judge), view.resting, true) };
    case 'dkt-tuned': {
      if (!ctx.tunedDkt) throw new Error('arm dkt-tuned needs the fine-tuned DKT (bench/policy.ts builds it when the arm is asked for)');
      const dkt = ownDkt(ctx.tunedDkt);
      return { choose: (view) => appPolicy(ctx, view, dktModel(dkt)), observe: (answer) => dkt.observe(answer) };
    }
    case 'oracle':
      return oneStepOracle(ctx);
    case 'oracle-rollout': {
      const baseArm = ctx.rolloutBase ?? 'oracle';
      if (baseArm === 'oracle-rollout') throw new Error('the rollout oracle cannot be its own base policy');
      const rollout = rolloutChooser<ChoiceView, Chooser>(() => makeChooser(baseArm, ctx, random), ctx.rollouts ?? 8, random, seededRandom, ctx.rolloutGate ?? 0);
      // The base that chooses on the real run must hear its answers too.
      return { choose: (view) => rollout.choose(view), observe: (answer) => rollout.base.observe?.(answer) };
    }
    case 'oracle-greedy':
      return { choose: (view) => argmax(view.candidates, (s) => view.learner.probabilityCorrect(s, view.day)) };
    case 'dkt-prerequisites-first':
      // The app's policy, holding back (like resting skills) those whose prerequisites are proficient but not yet mastered.
      return {
        choose: (view) => {
          const early = view.candidates.filter((s) => !ctx.prerequisites[s]!.every((p) => view.judge.level(p) === 'mastered'));
          const holdBack = early.length < view.candidates.length ? new Set([...view.resting, ...early]) : view.resting;
          return appPolicy(ctx, view, dktModel(view.judge), holdBack);
        },
      };
    case 'spread': {
      return { choose: (view) => argmax(view.candidates, (s) => -view.judge.answersOn(s)) };
    }
    case 'dkt-greedy':
      return { choose: (view) => argmax(view.candidates, (s) => view.judge.predictions[s]!) };
    case 'bkt':
    case 'bkt-two-step': {
      const known = ctx.bkt.map((p) => p.prior);
      const bktModel: ArmModel = {
        predicted: (s) => predictCorrect(ctx.bkt[s]!, known[s]!),
        // BKT's skills are independent: an answer moves only its own skill's estimate.
        after: (s, correct, t) => predictCorrect(ctx.bkt[t]!, s === t ? updateKnown(ctx.bkt[s]!, known[s]!, correct) : known[t]!),
        afterTwo: (s, correct, then, thenCorrect) => {
          const k = [...known];
          k[s] = updateKnown(ctx.bkt[s]!, k[s]!, correct);
          k[then] = updateKnown(ctx.bkt[then]!, k[then]!, thenCorrect);
          return (t) => predictCorrect(ctx.bkt[t]!, k[t]!);
        },
      };
      return {
        choose: (view) => appPolicy(ctx, view, bktModel, view.resting, arm === 'bkt-two-step'),
        observe: (answer) => {
          known[answer.skill] = updateKnown(ctx.bkt[answer.skill]!, known[answer.skill]!, answer.correct);
        },
      };
    }
  }
}
