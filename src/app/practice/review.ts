/**
 * Spaced review of mastered skills with ts-fsrs: one card per mastered skill, graded from the
 * review answer, scheduled for a target retention of 0.9.
 *
 * The card lives in SkillState.reviewCard as plain JSON with dates as epoch milliseconds, so
 * backups and IndexedDB hold numbers, not Date objects. Fuzz is off: the due date is then a pure
 * function of the answers, so a restored backup or a second device agrees on what is due.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { JsonObject, SkillState } from '../../data/records.ts';

/** The chance of still recalling a skill when its review falls due. */
export const TARGET_RETENTION = 0.9;

/**
 * Short-term learning steps (minutes apart) are for new flashcards; a skill reaches review only
 * after it is mastered, so its reviews are days apart from the start.
 */
export const reviewScheduler = fsrs({ request_retention: TARGET_RETENTION, enable_fuzz: false, enable_short_term: false });

/** A ts-fsrs card as stored: the same fields, dates as epoch ms (last review null when none). */
export interface StoredReviewCard extends JsonObject {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
}

export interface ReviewAnswer {
  correct: boolean;
  hintsUsed: number;
}

/** Correct without hints is Good, correct with hints is Hard, wrong is Again. */
export function reviewGrade(answer: ReviewAnswer): Grade {
  if (!answer.correct) return Rating.Again;
  return answer.hintsUsed > 0 ? Rating.Hard : Rating.Good;
}

export function toStoredCard(card: Card): StoredReviewCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

export function fromStoredCard(stored: StoredReviewCard): Card {
  const card: Card = {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state as State,
  };
  if (stored.last_review !== null) card.last_review = new Date(stored.last_review);
  return card;
}

/**
 * Reads a stored card, or null when the JSON is not one (an old or tampered record must not
 * crash the Today page; the skill simply gets a fresh card when next mastered).
 */
export function readStoredCard(json: JsonObject | null): StoredReviewCard | null {
  if (json === null) return null;
  const numbers = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'];
  if (!numbers.every((key) => typeof json[key] === 'number' && Number.isFinite(json[key]))) return null;
  if (json.last_review !== null && typeof json.last_review !== 'number') return null;
  return json as StoredReviewCard;
}

/**
 * The card a skill gets when it becomes mastered. The mastering answer counts as its first
 * review (graded Good), so the first review is scheduled from it rather than due at once.
 */
export function cardForNewlyMastered(now: number): StoredReviewCard {
  const empty = createEmptyCard(new Date(now));
  return toStoredCard(reviewScheduler.next(empty, new Date(now), Rating.Good).card);
}

/** The card after a review answer given at `now`. */
export function recordReview(stored: StoredReviewCard, answer: ReviewAnswer, now: number): StoredReviewCard {
  return toStoredCard(reviewScheduler.next(fromStoredCard(stored), new Date(now), reviewGrade(answer)).card);
}

export function isDue(stored: StoredReviewCard, now: number): boolean {
  return stored.due <= now;
}

/** The predicted chance of recall now (0..1), for the "Why this?" panel. */
export function recallChance(stored: StoredReviewCard, now: number): number {
  return reviewScheduler.get_retrievability(fromStoredCard(stored), new Date(now), false);
}

export interface DueReview {
  skillId: string;
  due: number;
  recall: number;
}

/** The due reviews among a learner's skill states, most overdue first (the Today count is its length). */
export function dueReviews(states: readonly Pick<SkillState, 'skillId' | 'reviewCard'>[], now: number): DueReview[] {
  const due: DueReview[] = [];
  for (const state of states) {
    const card = readStoredCard(state.reviewCard);
    if (card && isDue(card, now)) due.push({ skillId: state.skillId, due: card.due, recall: recallChance(card, now) });
  }
  return due.sort((a, b) => a.due - b.due || a.skillId.localeCompare(b.skillId));
}
