/** What a finished practice session tells the learner: items, accuracy, skills that moved up, time, reviews, streak. */
import type { Skill } from '../../content/schema.ts';
import { MASTERY_LEVELS, type MasteryLevel } from '../../data/records.ts';
import type { SessionSummary, SkillMove } from './session-types.ts';
import { practiceStreak } from './streak.ts';

export interface SummaryInput {
  sessionId: string;
  startedAt: number;
  now: number;
  skills: readonly Skill[];
  /** The session's items; `correct` is undefined for one shown but not answered. */
  entries: readonly { review: boolean; correct?: boolean }[];
  levelAtStart: (skillId: string) => MasteryLevel;
  levelNow: (skillId: string) => MasteryLevel;
  /** Local days (YYYY-MM-DD) with any practice, for the streak. */
  practiceDays: Iterable<string>;
}

export function summariseSession(input: SummaryInput): SessionSummary {
  const answered = input.entries.filter((entry) => entry.correct !== undefined);
  const correct = answered.filter((entry) => entry.correct).length;
  const movedUp: SkillMove[] = [];
  for (const skill of input.skills) {
    const from = input.levelAtStart(skill.id);
    const to = input.levelNow(skill.id);
    if (MASTERY_LEVELS.indexOf(to) > MASTERY_LEVELS.indexOf(from)) movedUp.push({ skillId: skill.id, name: skill.name, from, to });
  }
  return {
    sessionId: input.sessionId,
    items: answered.length,
    correct,
    accuracy: answered.length === 0 ? null : correct / answered.length,
    movedUp,
    durationMs: Math.max(0, input.now - input.startedAt),
    reviewsDone: answered.filter((entry) => entry.review).length,
    streakDays: practiceStreak(input.practiceDays, input.now),
  };
}
