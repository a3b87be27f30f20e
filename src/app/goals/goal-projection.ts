/**
 * Goal progress and projection: how far a learner is towards a goal, when they will reach it
 * at their recent pace, whether that is on time, and what would help.
 *
 * Pure functions over plain arrays, so the Goals page, the coach's household overview and tests
 * share them. Results are structured (days as YYYY-MM-DD, minutes as numbers): the UI words and
 * localises them ("15 more minutes a day reaches it by May 3").
 *
 * The work still needed is estimated per unmastered skill as a number of items, by a function the
 * caller passes (the tutor can derive it from the model's predicted success); without one,
 * `defaultItemsToMastery` applies. Items become minutes through the learner's own minutes per item.
 */
import { localDay } from '../../data/day.ts';
import type { MasteryLevel, SkillState } from '../../data/records.ts';
import { addDays, daysBetween } from './goal-days.ts';
import { DEFAULT_MINUTES_PER_ITEM, paceIsKnown, MIN_PACE_EVIDENCE, type LearnerPace } from './goal-pace.ts';

// Days, minutes and pace live in goal-days.ts and goal-pace.ts; this module projects goals on them.
export { addDays, attemptMinutes, daysBetween, MAX_MINUTES_PER_ATTEMPT, shownMinutes } from './goal-days.ts';
export { DEFAULT_MINUTES_PER_ITEM, measurePace, MIN_PACE_EVIDENCE, paceIsKnown, type LearnerPace, type PaceAttempt } from './goal-pace.ts';

// ---------------------------------------------------------------------------------------------
// Inputs

export type GoalTarget =
  /** Earn a credential: master every skill its criteria require (resolved by the caller). */
  | { kind: 'credential'; achievementName: string; skillIds: readonly string[] }
  | { kind: 'skills'; skillIds: readonly string[] }
  /** A habit: practise this many minutes every day (until the target date, if any). */
  | { kind: 'daily-minutes'; minutesPerDay: number };

export interface GoalSpec {
  id: string;
  target: GoalTarget;
  /** The target date (only its local day counts), or null for no date. */
  targetAt: number | null;
  completedAt: number | null;
}

/** What the projection needs to know about one skill. */
export interface SkillSnapshot {
  skillId: string;
  /** The model's probability of a correct answer now, or null without a model. */
  estimate: number | null;
  masteryLevel: MasteryLevel;
  /** When the skill reached mastery, or null if it has not. */
  masteredAt: number | null;
}

/**
 * A stored skill state as a snapshot. The data layer keeps no mastery date, so the last update of
 * a mastered skill stands in for it (close enough for a per-week pace).
 */
export function snapshotOf(state: Pick<SkillState, 'skillId' | 'estimate' | 'masteryLevel' | 'updatedAt'>): SkillSnapshot {
  return {
    skillId: state.skillId,
    estimate: state.estimate,
    masteryLevel: state.masteryLevel,
    masteredAt: state.masteryLevel === 'mastered' ? state.updatedAt : null,
  };
}

export type ItemsToMastery = (skill: SkillSnapshot) => number;

/**
 * Without a model: items still needed by mastery level. These are round figures for a typical
 * skill (about a dozen items from scratch), to be replaced by the model's figures when it runs.
 */
export const ITEMS_BY_LEVEL: Readonly<Record<MasteryLevel, number>> = {
  'not-started': 12,
  practising: 9,
  familiar: 6,
  proficient: 3,
  mastered: 0,
};

/**
 * Expected items until `streak` correct answers in a row when each is correct with probability
 * `success`: (1 - p^k) / ((1 - p) p^k). Success rises with practice, so this overestimates;
 * the cap keeps a struggling learner's projection finite.
 */
export function itemsFromPredictedSuccess(success: number, streak = 3, cap = 40): number {
  const p = Math.min(Math.max(success, 0), 1);
  if (p >= 1) return streak;
  if (p <= 0) return cap;
  const pk = p ** streak;
  return Math.min(cap, Math.ceil((1 - pk) / ((1 - p) * pk)));
}

/** The default estimate: from the model's predicted success if known, else by mastery level. */
export const defaultItemsToMastery: ItemsToMastery = (skill) => {
  if (skill.masteryLevel === 'mastered') return 0;
  return skill.estimate === null ? ITEMS_BY_LEVEL[skill.masteryLevel] : itemsFromPredictedSuccess(skill.estimate);
};

// ---------------------------------------------------------------------------------------------
// Projection

/** 'early': not enough practice yet to say whether the goal is on track (see MIN_PACE_EVIDENCE). */
export type GoalStatus = 'done' | 'on-track' | 'behind' | 'no-target' | 'early';

export type GoalSuggestion =
  | { kind: 'none' }
  | { kind: 'keep-going'; reachesBy: string | null }
  /** Too little practice to project a date: say so, and how much more it takes. */
  | { kind: 'too-early'; answersNeeded: number; daysNeeded: number }
  /** "`extraMinutesPerDay` more minutes a day (`totalMinutesPerDay` in all) reaches it by `reachesBy`". */
  | { kind: 'more-minutes'; extraMinutesPerDay: number; totalMinutesPerDay: number; reachesBy: string | null }
  /** The target cannot be met at a sensible pace: "at `minutesPerDay` a day, you reach it by `reachesBy`". */
  | { kind: 'move-target'; minutesPerDay: number; reachesBy: string };

export interface GoalProjection {
  goalId: string;
  status: GoalStatus;
  /** 0..1: skills mastered out of those required, or today's minutes out of the daily target. */
  progress: number;
  /** The local day the goal is projected to be reached, or null when the pace is zero. */
  projectedDay: string | null;
  targetDay: string | null;
  /** Practice minutes still needed (mastery goals; 0 for habits). */
  minutesNeeded: number;
  suggestion: GoalSuggestion;
}

export interface ProjectionOptions {
  itemsToMastery?: ItemsToMastery;
  /** Suggestions never ask for more than this many minutes a day; beyond it, move the date. */
  maxMinutesPerDay?: number;
  /** Suggested minutes are rounded up to a multiple of this, as people plan in round numbers. */
  minuteStep?: number;
  /** The pace suggested to a learner who has not practised lately. */
  startingMinutesPerDay?: number;
}

const roundUpTo = (value: number, step: number) => Math.max(step, Math.ceil(value / step) * step);

/**
 * Projects one goal. Days of practice are counted from tomorrow: today may already be spent,
 * and a projection that is a day late is kinder than one a day early.
 */
export function projectGoal(
  goal: GoalSpec,
  skills: readonly SkillSnapshot[],
  pace: LearnerPace,
  now: number,
  options: ProjectionOptions = {},
): GoalProjection {
  const today = localDay(now);
  const targetDay = goal.targetAt === null ? null : localDay(goal.targetAt);
  const step = options.minuteStep ?? 5;
  const maxPerDay = options.maxMinutesPerDay ?? 60;
  const starting = options.startingMinutesPerDay ?? 15;
  const base = { goalId: goal.id, targetDay };

  if (goal.target.kind === 'daily-minutes') return projectHabit(goal.target.minutesPerDay, goal, pace, today, targetDay, step);

  const byId = new Map(skills.map((skill) => [skill.skillId, skill]));
  const required = [...new Set(goal.target.skillIds)].map(
    (skillId): SkillSnapshot => byId.get(skillId) ?? { skillId, estimate: null, masteryLevel: 'not-started', masteredAt: null },
  );
  const open = required.filter((skill) => skill.masteryLevel !== 'mastered');
  if (goal.completedAt !== null || open.length === 0) {
    const lastMastery = Math.max(...required.map((skill) => skill.masteredAt ?? 0), 0);
    const doneAt = goal.completedAt ?? (lastMastery > 0 ? lastMastery : now);
    return { ...base, status: 'done', progress: 1, projectedDay: localDay(doneAt), minutesNeeded: 0, suggestion: { kind: 'none' } };
  }

  if (!paceIsKnown(pace)) {
    const progressSoFar = (required.length - open.length) / required.length;
    const answersNeeded = Math.max(0, MIN_PACE_EVIDENCE.answers - pace.answers);
    const daysNeeded = Math.max(0, MIN_PACE_EVIDENCE.days - pace.practiceDays);
    return { ...base, status: 'early', progress: progressSoFar, projectedDay: null, minutesNeeded: 0, suggestion: { kind: 'too-early', answersNeeded, daysNeeded } };
  }

  const estimate = options.itemsToMastery ?? defaultItemsToMastery;
  const items = open.reduce((sum, skill) => sum + Math.max(0, estimate(skill)), 0);
  const minutesNeeded = items * (pace.minutesPerItem ?? DEFAULT_MINUTES_PER_ITEM);
  const progress = (required.length - open.length) / required.length;
  const finishAt = (minutesPerDay: number) => addDays(today, Math.max(1, Math.ceil(minutesNeeded / minutesPerDay)));
  const projectedDay = pace.minutesPerDay > 0 ? finishAt(pace.minutesPerDay) : null;

  const moveTarget = (): GoalSuggestion => {
    // Keep a real pace (the date moves to where it leads); suggest a start to a learner without one.
    const minutesPerDay = pace.minutesPerDay >= step ? Math.round(pace.minutesPerDay) : starting;
    return { kind: 'move-target', minutesPerDay, reachesBy: finishAt(minutesPerDay) };
  };
  const addMinutes = (extra: number): GoalSuggestion => {
    const total = pace.minutesPerDay + extra;
    return { kind: 'more-minutes', extraMinutesPerDay: extra, totalMinutesPerDay: Math.ceil(total), reachesBy: finishAt(total) };
  };

  if (targetDay === null) {
    const suggestion = projectedDay === null ? addMinutes(starting) : { kind: 'keep-going' as const, reachesBy: projectedDay };
    return { ...base, status: 'no-target', progress, projectedDay, minutesNeeded, suggestion };
  }
  if (projectedDay !== null && projectedDay <= targetDay) {
    return { ...base, status: 'on-track', progress, projectedDay, minutesNeeded, suggestion: { kind: 'keep-going', reachesBy: projectedDay } };
  }
  const daysLeft = daysBetween(today, targetDay);
  let suggestion: GoalSuggestion = moveTarget();
  if (daysLeft > 0) {
    const extra = roundUpTo(minutesNeeded / daysLeft - pace.minutesPerDay, step);
    if (pace.minutesPerDay + extra <= maxPerDay) suggestion = addMinutes(extra);
  }
  return { ...base, status: 'behind', progress, projectedDay, minutesNeeded, suggestion };
}

/**
 * A daily-minutes habit is judged every day against its own minutes, with or without a date:
 * the date only ends it. Progress is today's share, the bar a learner watches fill.
 */
function projectHabit(
  minutesPerDay: number,
  goal: GoalSpec,
  pace: LearnerPace,
  today: string,
  targetDay: string | null,
  step: number,
): GoalProjection {
  const todayMinutes = pace.days.find((entry) => entry.day === today)?.minutes ?? 0;
  const progress = minutesPerDay > 0 ? Math.min(1, todayMinutes / minutesPerDay) : 1;
  const base = { goalId: goal.id, targetDay, progress, minutesNeeded: 0 };
  if (goal.completedAt !== null || (targetDay !== null && today > targetDay)) {
    return { ...base, status: 'done', projectedDay: targetDay ?? localDay(goal.completedAt ?? 0), suggestion: { kind: 'none' } };
  }
  if (pace.minutesPerDay >= minutesPerDay) {
    return { ...base, status: 'on-track', projectedDay: targetDay, suggestion: { kind: 'keep-going', reachesBy: targetDay } };
  }
  const extra = roundUpTo(minutesPerDay - pace.minutesPerDay, step);
  return {
    ...base,
    status: 'behind',
    projectedDay: targetDay,
    suggestion: { kind: 'more-minutes', extraMinutesPerDay: extra, totalMinutesPerDay: minutesPerDay, reachesBy: targetDay },
  };
}
