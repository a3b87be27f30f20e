/**
 * Goals as the learner and coach see them: a stored goal turned into a projection (goal-projection.ts)
 * and into words ("15 more minutes a day reaches it by May 3"), plus the checks a new goal must
 * pass, and the learner's progress figures the Today and Progress pages show (streak, minutes and
 * accuracy per day, skills mastered over time, strengths and skills to work on).
 *
 * Everything here is pure, over rows the data layer already read, so pages, the coach overview
 * and tests share it. Words go through @lit/localize; dates through Intl in the given locale.
 */
import { msg, str } from '@lit/localize';
import { lastDays, localDay } from '../../data/day.ts';
import type { Goal, MasteryLevel, SkillEvent, SkillState } from '../../data/records.ts';
import { credentialProgress, meetsLevel } from '../practice/index.ts';
import {
  measurePace,
  projectGoal,
  snapshotOf,
  type GoalProjection,
  type GoalSpec,
  type PaceAttempt,
  type ProjectionOptions,
  type SkillSnapshot,
} from './goal-projection.ts';
import { formatDate } from '../../i18n/format.ts';

// ---------------------------------------------------------------------------------------------
// Goals


/** A stored goal as the projection's input. */
export function goalSpecOf(goal: Goal): GoalSpec {
  const target: GoalSpec['target'] =
    goal.kind === 'minutes'
      ? { kind: 'daily-minutes', minutesPerDay: goal.minutesPerDay ?? 0 }
      : goal.kind === 'credential'
        ? { kind: 'credential', achievementName: goal.title, skillIds: goal.skillIds }
        : { kind: 'skills', skillIds: goal.skillIds };
  return { id: goal.id, target, targetAt: goal.dueAt, completedAt: goal.completedAt };
}

/**
 * Skill states as projection snapshots for a goal's target level: the projection counts a skill
 * done when it is "mastered", so a skill at or above a lower target level counts as done here.
 */
export function snapshotsForLevel(states: readonly SkillState[], targetLevel: MasteryLevel): SkillSnapshot[] {
  return states.map((state) => {
    const snapshot = snapshotOf(state);
    if (targetLevel === 'mastered' || !meetsLevel(state.masteryLevel, targetLevel)) return snapshot;
    return { ...snapshot, masteryLevel: 'mastered', masteredAt: state.updatedAt };
  });
}

export interface GoalProgress {
  goal: Goal;
  projection: GoalProjection;
}

export interface LearnerGoalInput {
  goals: readonly Goal[];
  states: readonly SkillState[];
  /** The learner's attempts over at least the pace window (14 days). */
  attempts: readonly PaceAttempt[];
  /** The learner's first day, so a new learner's pace is not averaged with days before them. */
  since: number | null;
}

/** Every goal's progress and projection at `now`, open goals first (in the order given). */
export function projectLearnerGoals(input: LearnerGoalInput, now: number, options: ProjectionOptions = {}): GoalProgress[] {
  const mastered = snapshotsForLevel(input.states, 'mastered');
  const pace = measurePace(input.attempts, mastered, now, { windowDays: 14, since: input.since });
  const progress = input.goals.map((goal) => {
    const skills = goal.targetLevel === 'mastered' ? mastered : snapshotsForLevel(input.states, goal.targetLevel);
    return { goal, projection: projectGoal(goalSpecOf(goal), skills, pace, now, options) };
  });
  const doneLast = (entry: GoalProgress) => (entry.projection.status === 'done' ? 1 : 0);
  return progress.map((entry, order) => ({ entry, order }))
    .sort((a, b) => doneLast(a.entry) - doneLast(b.entry) || a.order - b.order)
    .map(({ entry }) => entry);
}

/** A local day (YYYY-MM-DD) in a sentence, the shared formatter's day-long style: "May 3, 2026", "3 de mayo de 2026". */
export function formatDay(day: string, locale: string): string {
  return formatDate(day, 'day-long', locale);
}

/** Whether the goal is on track, in words (never by colour alone). */
export function goalStatusText(projection: GoalProjection): string {
  switch (projection.status) {
    case 'done':
      return msg('Reached');
    case 'on-track':
      return msg('On track');
    case 'behind':
      return msg('Behind');
    case 'no-target':
      return msg('No target date');
    case 'early':
      return msg('Just started');
  }
}

/** One sentence: when the goal is projected to be reached, and what would help. */
export function goalSuggestionText(projection: GoalProjection, locale: string): string {
  const suggestion = projection.suggestion;
  const when = (day: string | null) => (day === null ? null : formatDay(day, locale));
  switch (suggestion.kind) {
    case 'none': {
      const day = when(projection.projectedDay);
      return day === null ? msg('Goal reached.') : msg(str`Goal reached on ${day}.`);
    }
    case 'too-early':
      return msg('It is too early to say when you will reach it: after a few more answers, on more than one day, Wayfind can estimate a date.');
    case 'keep-going': {
      const day = when(suggestion.reachesBy);
      return day === null ? msg('Keep going at your current pace.') : msg(str`At your current pace you reach it by ${day}.`);
    }
    case 'more-minutes': {
      const extra = suggestion.extraMinutesPerDay;
      const day = when(suggestion.reachesBy);
      return day === null
        ? msg(str`${extra} more minutes a day keeps you on track.`)
        : msg(str`${extra} more minutes a day reaches it by ${day}.`);
    }
    case 'move-target': {
      const minutes = suggestion.minutesPerDay;
      const day = when(suggestion.reachesBy) ?? '';
      return msg(str`At ${minutes} minutes a day you reach it by ${day}; consider moving the target date.`);
    }
  }
}

/**
 * For a mastery goal that is behind: where the current pace leads (the suggestion then says what
 * would help). Null when there is nothing more to say than the suggestion.
 */
export function goalPaceText(projection: GoalProjection, locale: string): string | null {
  if (projection.status !== 'behind' || projection.minutesNeeded <= 0) return null;
  if (projection.projectedDay === null) return msg('No practice in the last two weeks, so no date yet at your current pace.');
  const day = formatDay(projection.projectedDay, locale);
  return msg(str`At your current pace you reach it by ${day}.`);
}

/** A goal as the editor builds it, before it is stored. */
export interface GoalDraft {
  kind: Goal['kind'];
  packId: string | null;
  credentialKey: string | null;
  skillIds: string[];
  minutesPerDay: number | null;
  /** A local day YYYY-MM-DD, or null for no target date. */
  dueDay: string | null;
}

/** What is wrong with a draft, in words, or null when it can be stored. */
export function goalDraftProblem(draft: GoalDraft, now: number): string | null {
  if (draft.kind === 'credential' && (!draft.packId || !draft.credentialKey)) return msg('Choose the credential to earn.');
  if (draft.kind === 'skills' && draft.skillIds.length === 0) return msg('Choose at least one skill.');
  if (draft.kind === 'minutes') {
    const minutes = draft.minutesPerDay;
    if (minutes === null || !Number.isInteger(minutes) || minutes < 1 || minutes > 240) {
      return msg('Enter whole minutes a day, from 1 to 240.');
    }
  }
  if (draft.dueDay !== null) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDay)) return msg('Enter the target date as a full date.');
    if (draft.dueDay < localDay(now)) return msg('The target date has passed. Choose today or a later date.');
  }
  return null;
}

/** The end of a local day, as the stored target moment (a goal due "May 3" may be met all that day). */
export function dueAtOfDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!, 23, 59, 59, 999).getTime();
}

// ---------------------------------------------------------------------------------------------
// Progress figures

/**
 * Consecutive local days with practice, ending today; a streak that ended yesterday still counts
 * (it is not broken until a whole day passes without practice). `days` need not be sorted.
 */
export function streakLength(days: readonly string[], now: number): number {
  const practised = new Set(days);
  const today = new Date(now);
  const dayAt = (offset: number) => localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - offset, 12).getTime());
  let offset = practised.has(dayAt(0)) ? 0 : 1;
  let streak = 0;
  while (practised.has(dayAt(offset))) {
    streak += 1;
    offset += 1;
  }
  return streak;
}

export interface DayActivity {
  day: string;
  attempts: number;
  correct: number;
  minutes: number;
  /** Share of correct answers (0..1), or null on a day without answers. */
  accuracy: number | null;
}

/**
 * Pace samples from day rows, for measurePace without reading any attempt: each day's answers
 * become that many samples of the day's mean answer time, placed at the day's local start. The
 * per-answer cap of the pace then applies to the day's mean rather than to each answer, which
 * differs only on a day with an answer left open for more than ten minutes.
 */
export function paceSamplesOfDays(totals: readonly { day: string; attempts: number; durationMs: number }[]): PaceAttempt[] {
  const samples: PaceAttempt[] = [];
  for (const { day, attempts, durationMs } of totals) {
    if (attempts <= 0) continue;
    const [year, month, date] = day.split('-').map(Number);
    const sample = { answeredAt: new Date(year!, month! - 1, date!).getTime(), durationMs: durationMs / attempts };
    for (let index = 0; index < attempts; index++) samples.push(sample);
  }
  return samples;
}

/**
 * The per-day figures the charts show, from the day rows (attempt-blocks.ts): minutes are the
 * day's stored answering time, so unlike the goal pace they are not capped per answer.
 */
export function activityOfDays(totals: readonly { day: string; attempts: number; correct: number; durationMs: number }[]): DayActivity[] {
  return totals.map(({ day, attempts, correct, durationMs }) => ({
    day,
    attempts,
    correct,
    minutes: Math.round(durationMs / 6_000) / 10,
    accuracy: attempts > 0 ? correct / attempts : null,
  }));
}

/**
 * How many skills were mastered at the end of each of the `count` days ending today, from the
 * mastery-level changes (oldest first; earlier events set the starting count).
 */
export function masteredByDay(events: readonly Pick<SkillEvent, 'skillId' | 'at' | 'fromLevel' | 'toLevel'>[], now: number, count: number): { day: string; mastered: number }[] {
  const ordered = [...events].sort((a, b) => a.at - b.at);
  const mastered = new Set<string>();
  let next = 0;
  return lastDays(now, count).map((day) => {
    while (next < ordered.length && localDay(ordered[next]!.at) <= day) {
      const event = ordered[next++]!;
      if (event.toLevel === 'mastered') mastered.add(event.skillId);
      else mastered.delete(event.skillId);
    }
    return { day, mastered: mastered.size };
  });
}

/** A pack credential as the dashboards need it. */
export interface CredentialTarget {
  packId: string;
  credentialKey: string;
  name: string;
  skillIds: readonly string[];
  /** The level each skill needs (the pack's requires.level). */
  level: MasteryLevel;
}

export interface CredentialStanding extends CredentialTarget {
  /** Required skills already at the level (readiness.ts, as Portfolio counts them). */
  met: number;
}

/**
 * The credentials still to earn, closest first: by the share of required skills at the
 * credential's level. Earned ones (by pack and key) are left out.
 */
export function nextCredentials(
  targets: readonly CredentialTarget[],
  states: readonly SkillState[],
  earned: readonly { packId: string | null; credentialKey: string | null }[],
  count = 3,
): CredentialStanding[] {
  const isEarned = new Set(earned.map((credential) => `${credential.packId}\u0000${credential.credentialKey}`));
  return targets
    .filter((target) => !isEarned.has(`${target.packId}\u0000${target.credentialKey}`))
    .map((target) => ({ ...target, met: credentialProgress(target.skillIds, target.level, states, target.packId).done }))
    .sort((a, b) => b.met / b.skillIds.length - a.met / a.skillIds.length || a.name.localeCompare(b.name))
    .slice(0, count);
}
