/**
 * One learner's journey through the app's own code, as bench:journey runs it: optional placement
 * (PlacementSession), then practice sessions (PracticeSession on the in-memory store, the pack's
 * shipped DKT), with the credential offers, Today's and Goals' views read after every answer.
 * It counts what the issue names: level changes against the answer, dry runs, repeats, pages
 * that disagree, and each skill shown Mastered with the learner's true chance then.
 */
import type { Item, Pack } from '../src/content/schema.ts';
import type { LearnerResponse } from '../src/content/items/check.ts';
import type { Attempt, Goal, MasteryLevel, SkillState } from '../src/data/records.ts';
import { MASTERY_LEVELS } from '../src/data/records.ts';
import { localDay } from '../src/data/day.ts';
import { memoryPracticeStore, type MemoryPracticeStore } from '../src/app/practice/memory-practice-store.ts';
import { PracticeSession } from '../src/app/practice/practice-session.ts';
import { dueReviews, skillReadiness } from '../src/app/practice/index.ts';
import { credentialStatuses } from '../src/app/credentials/credential-offers.ts';
import { nextCredentials, projectLearnerGoals } from '../src/app/goals/index.ts';
import { PlacementSession } from '../src/app/placement/index.ts';
import type { PlacementCalibration } from '../src/app/placement/placement-calibration.ts';
import { dktPracticeModel, type ModelStepLog, type ShippedModel } from './journey-model.ts';

const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 0, 5, 15);

/** A learner as the journey sees one: a response per item, and (simulated) the true chance. */
export interface JourneyLearner {
  respond(item: Item, skillId: string, day: number, placement: boolean): LearnerResponse;
  /** The learner's true P(correct) on the skill now (simulated learners only). */
  trueChance?(skillId: string, day: number): number;
}

export interface JourneyOptions {
  pack: Pack;
  shipped: ShippedModel;
  learner: JourneyLearner;
  maxAnswers: number;
  /** Answers per sitting; a new PracticeSession (and a new day) after each. */
  sessionAnswers: number;
  /** The goal the learner set (the first credential's skills, as onboarding offers). */
  goalSkillIds: readonly string[];
  /** Stop as soon as the pack's first credential is met. */
  stopAtFirstCredential: boolean;
  placement?: { calibration: PlacementCalibration | null; seed: number };
  learnerChoice?: string;
  /** A history to start from (answers and states), e.g. prerequisites already mastered. */
  seed?: { attempts?: Attempt[]; states?: SkillState[] };
  modelLog?: ModelStepLog[];
  seedBase: number;
}

export interface JourneyResult {
  answers: number;
  /** Answers when the first credential was first met, or null. */
  firstCredentialAt: number | null;
  /** Pack credentials met at the end. */
  credentialsMet: number;
  contradictions: number;
  dryRuns: number;
  repeatsInSession: number;
  /** Repeats by item id only (the session never shows one item twice unless a skill ran out). */
  idRepeatsInSession: number;
  readinessDisagreements: number;
  /** True chance at each moment a skill was shown Mastered (simulated learners). */
  masteredTrueChances: number[];
  /** True chance of each skill placement marked proficient. */
  placedTrueChances: number[];
  store: MemoryPracticeStore;
  levels: Map<string, MasteryLevel>;
}

const rank = (level: MasteryLevel) => MASTERY_LEVELS.indexOf(level);

function contentKey(item: Item): string {
  const extra = item.type === 'multiple-choice' ? item.choices.map((c) => c.text).join('|') : item.type === 'ordering' ? item.entries.map((e) => e.text).join('|') : '';
  return `${item.skill}\u0000${item.stem}\u0000${extra}\u0000${JSON.stringify((item as { table?: unknown }).table ?? null)}`;
}

export async function runJourney(options: JourneyOptions): Promise<JourneyResult> {
  const { pack, learner } = options;
  const store = memoryPracticeStore(options.seed ?? {});
  const learnerId = 'bench';
  store.goals = [{ packId: pack.id, skillIds: [...options.goalSkillIds] }];
  const first = pack.credentials![0]!;
  const goal: Goal = {
    id: 'goal', learnerId, kind: 'credential', title: first.name, packId: pack.id, credentialKey: first.id, skillIds: [...first.requires.skills],
    targetLevel: first.requires.level, minutesPerDay: null, dueAt: null, setBy: 'learner', createdAt: T0, completedAt: null,
  };
  const result: JourneyResult = {
    answers: 0, firstCredentialAt: null, credentialsMet: 0, contradictions: 0, dryRuns: 0, repeatsInSession: 0, idRepeatsInSession: 0,
    readinessDisagreements: 0, masteredTrueChances: [], placedTrueChances: [], store, levels: new Map(),
  };
  let day = 0;
  if (options.placement) {
    await runPlacement(options, store, learnerId, result);
    day++;
  }
  let sitting = 0;
  while (result.answers < options.maxAnswers) {
    const now = () => T0 + day * DAY + result.answers * 60_000;
    const session = await PracticeSession.start({
      store, pack, learnerId, model: dktPracticeModel(options.shipped, options.modelLog), now, seed: options.seedBase * 1000 + sitting,
      ...(options.learnerChoice !== undefined ? { learnerChoice: options.learnerChoice } : {}),
    });
    const seenIds = new Set<string>();
    const seenContent = new Set<string>();
    let caughtUp = false;
    for (let i = 0; i < options.sessionAnswers && result.answers < options.maxAnswers; i++) {
      const shown = session.next();
      if (!shown) {
        // "All caught up" is right only when every goal skill is mastered and no review is due.
        const goalDone = options.goalSkillIds.every((id) => skillReadiness(store.states, id, pack.id).level === 'mastered');
        if (!goalDone || dueReviews(store.states, now()).length > 0) result.dryRuns++;
        caughtUp = true;
        break;
      }
      if (seenIds.has(shown.item.id)) result.idRepeatsInSession++;
      if (seenContent.has(contentKey(shown.item))) result.repeatsInSession++;
      seenIds.add(shown.item.id);
      seenContent.add(contentKey(shown.item));
      const outcome = await session.answer(learner.respond(shown.item, shown.skill.id, day + i / 1440, false));
      if (!outcome.stored) throw new Error(`${pack.id}: a bench response could not be read (${outcome.message}) on ${shown.item.id}`);
      result.answers++;
      const moved = rank(outcome.level) - rank(outcome.previousLevel);
      if ((outcome.correct && moved < 0) || (!outcome.correct && moved > 0 && outcome.previousLevel !== 'not-started') || (!outcome.correct && outcome.change === 'up')) result.contradictions++;
      if (outcome.level === 'mastered' && outcome.previousLevel !== 'mastered' && learner.trueChance) {
        result.masteredTrueChances.push(learner.trueChance(shown.skill.id, day + i / 1440));
      }
      result.readinessDisagreements += disagreements(pack, store, goal, session, shown.skill.id, now());
      const met = credentialStatuses([pack], store.states, []).filter((s) => s.kind === 'credential' && s.met);
      if (result.firstCredentialAt === null && met.some((s) => s.key === first.id)) {
        result.firstCredentialAt = result.answers;
        if (options.stopAtFirstCredential) break;
      }
    }
    await session.end();
    if (caughtUp || (options.stopAtFirstCredential && result.firstCredentialAt !== null)) break;
    day++;
    sitting++;
  }
  result.credentialsMet = credentialStatuses([pack], store.states, []).filter((s) => s.kind === 'credential' && s.met).length;
  for (const state of store.states) result.levels.set(state.skillId, state.masteryLevel);
  return result;
}

/** Portfolio's offer, Today's "next credentials", Goals' projection and the session must agree. */
function disagreements(pack: Pack, store: MemoryPracticeStore, goal: Goal, session: PracticeSession, skillId: string, now: number): number {
  let count = 0;
  const first = pack.credentials![0]!;
  const portfolio = credentialStatuses([pack], store.states, []).find((s) => s.key === first.id)!;
  const today = nextCredentials([{ packId: pack.id, credentialKey: first.id, name: first.name, skillIds: first.requires.skills, level: first.requires.level }], store.states, [], 10)[0]!;
  if (today.met !== portfolio.done) count++;
  const [goals] = projectLearnerGoals({ goals: [goal], states: store.states, attempts: [], since: null }, now);
  if (Math.abs(goals!.projection.progress - portfolio.done / portfolio.total) > 1e-9) count++;
  if ((goals!.projection.status === 'done') !== portfolio.met) count++;
  if (session.levelOf(skillId) !== skillReadiness(store.states, skillId, pack.id).level) count++;
  return count;
}

async function runPlacement(options: JourneyOptions, store: MemoryPracticeStore, learnerId: string, result: JourneyResult): Promise<void> {
  const { pack, learner } = options;
  const placement = new PlacementSession(pack, { seed: options.placement!.seed, calibration: options.placement!.calibration });
  let n = 0;
  for (let step = placement.next(); step; step = placement.next()) {
    const response = learner.respond(step.item, step.question.skillId, n / 1440, true);
    const check = placement.answer(response);
    if (check.unreadable) throw new Error(`placement could not read a bench response on ${step.item.id}`);
    const answeredAt = T0 + n * 60_000;
    store.attempts.push({
      id: `p${n}`, learnerId, packId: pack.id, skillId: step.question.skillId, skillIds: [step.question.skillId], itemId: step.item.id, sessionId: 'placement',
      response: typeof response === 'string' ? response : [...response], correct: check.correct, hintsUsed: 0, durationMs: 60_000, startedAt: answeredAt - 60_000, answeredAt, day: localDay(answeredAt),
    });
    n++;
  }
  for (const r of placement.results()) {
    if (r.masteryLevel === 'not-started') continue;
    store.states.push({ id: `st-${r.skillId}`, learnerId, skillId: r.skillId, packId: pack.id, estimate: r.estimate, masteryLevel: r.masteryLevel, evidence: { attempts: 0, correct: 0 }, reviewCard: null, ...(r.placed ? { placed: true } : {}), updatedAt: T0 });
    if (r.placed && learner.trueChance) result.placedTrueChances.push(learner.trueChance(r.skillId, 0));
    if (r.masteryLevel === 'mastered' && learner.trueChance) result.masteredTrueChances.push(learner.trueChance(r.skillId, 0));
  }
}
