/** The shapes a practice session (practice-session.ts) is started with, keeps, and hands to the UI. */
import type { LearnerResponse } from '../../content/items/check.ts';
import type { Item, Pack, Skill } from '../../content/schema.ts';
import type { MasteryLevel } from '../../data/records.ts';
import type { WhyThis } from './tutor-policy.ts';
import type { LevelChange, NextLevelNeeds } from './mastery.ts';
import type { PracticeModel } from './practice-model.ts';
import type { PracticeStore } from './practice-store.ts';

/** The item on screen and why it was chosen. */
export interface PresentedItem {
  item: Item;
  skill: Skill;
  why: WhyThis;
  review: boolean;
  /** The learner has never answered this skill: offer its lesson first. */
  firstOfSkill: boolean;
  level: MasteryLevel;
  /** The model's predicted chance of success on this skill now. */
  predicted: number;
  /** Hints unlocked so far (the solution counts as one more). */
  hintsUsed: number;
  startedAt: number;
}

export interface HelpShown {
  hints: string[];
  /** The worked solution, once every hint has been shown and the learner asked again. */
  solution: string | null;
  /** More help is available. */
  more: boolean;
}

export type AnswerOutcome =
  | { stored: false; message: string }
  | {
      stored: true;
      correct: boolean;
      /** The author's misconception note, or why an equal answer is not accepted yet. */
      feedback: string | null;
      misconception: boolean;
      /** The item's own correct answer, for a wrong answer. */
      expected: LearnerResponse | null;
      solution: string;
      previousLevel: MasteryLevel;
      level: MasteryLevel;
      /** What the answer did to the level, for the words under it (mastery.ts LevelChange). */
      change: LevelChange;
      /** After a correct answer that left the level as it was: what the next level still needs. */
      needs: NextLevelNeeds | null;
      /** The level still rests on placement. */
      placed: boolean;
      predicted: number;
    };

export interface SkillMove {
  skillId: string;
  name: string;
  from: MasteryLevel;
  to: MasteryLevel;
}

export interface SessionSummary {
  sessionId: string;
  items: number;
  correct: number;
  /** Share answered correctly, or null when nothing was answered. */
  accuracy: number | null;
  movedUp: SkillMove[];
  durationMs: number;
  reviewsDone: number;
  /** Consecutive local days with practice, today included. */
  streakDays: number;
}

export interface PracticeSessionOptions {
  store: PracticeStore;
  /** The model to use; the local BKT when left out. */
  model?: PracticeModel;
  pack: Pack;
  learnerId: string;
  /** A skill the learner picked (e.g. /practice?skill=ID); honoured until they leave it or it is mastered. */
  learnerChoice?: string;
  /** Marks answers in progress (the shell's AnswerGuard). */
  guard?: { begin(): () => void };
  now?: () => number;
  /** Seed for this session's generated items; random when left out. */
  seed?: number;
}

/** One item offered in the session, and its answer once stored. */
export interface SessionEntry {
  skillId: string;
  itemId: string;
  review: boolean;
  correct?: boolean;
}
