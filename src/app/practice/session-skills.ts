/**
 * What a practice session knows of each skill of the pack while it runs: the level (and whether it
 * still rests on placement), the review card and the model's latest predictions, with the levels
 * as the session found them for its summary. The session changes it only after an answer is
 * stored (`apply`), so it never shows a level the database does not hold.
 */
import type { MasteryLevel } from '../../data/records.ts';
import { dueReviews, type StoredReviewCard } from './review.ts';
import type { SkillUpdate } from './skill-update.ts';

export interface StartingSkillState {
  level: MasteryLevel;
  card: StoredReviewCard | null;
  placed: boolean;
}

export class SessionSkills {
  readonly #levels: Map<string, MasteryLevel>;
  readonly #levelsAtStart: Map<string, MasteryLevel>;
  readonly #placed: Set<string>;
  readonly #cards: Map<string, StoredReviewCard | null>;
  #predictions: Map<string, number>;

  constructor(states: ReadonlyMap<string, StartingSkillState>, predictions: Map<string, number>) {
    this.#levels = new Map([...states].map(([id, s]) => [id, s.level]));
    this.#levelsAtStart = new Map(this.#levels);
    this.#placed = new Set([...states].filter(([, s]) => s.placed).map(([id]) => id));
    this.#cards = new Map([...states].map(([id, s]) => [id, s.card]));
    this.#predictions = predictions;
  }

  levelOf(skillId: string): MasteryLevel {
    return this.#levels.get(skillId) ?? 'not-started';
  }

  levelAtStart(skillId: string): MasteryLevel {
    return this.#levelsAtStart.get(skillId) ?? 'not-started';
  }

  /** The skill's level rests on placement, not yet confirmed by practice. */
  placedOf(skillId: string): boolean {
    return this.#placed.has(skillId);
  }

  predictedFor(skillId: string): number {
    return this.#predictions.get(skillId) ?? 0.5;
  }

  cardOf(skillId: string): StoredReviewCard | null {
    return this.#cards.get(skillId) ?? null;
  }

  /** Every level, for the tutor policy. */
  get levels(): ReadonlyMap<string, MasteryLevel> {
    return this.#levels;
  }

  /** Every prediction, for the tutor policy. */
  get predictions(): ReadonlyMap<string, number> {
    return this.#predictions;
  }

  /** Skills with a review due at `now`, most overdue first. */
  dueReviewSkills(now: number): string[] {
    const states = [...this.#cards].map(([skillId, card]) => ({ skillId, reviewCard: card }));
    return dueReviews(states, now).map((due) => due.skillId);
  }

  /** One stored answer's effect: the skill's new level, placement flag and card, and the model's new predictions. */
  apply(skillId: string, update: SkillUpdate, predictions: Map<string, number>): void {
    this.#predictions = predictions;
    this.#levels.set(skillId, update.masteryLevel);
    if (update.placed) this.#placed.add(skillId);
    else this.#placed.delete(skillId);
    if (update.reviewCard) this.#cards.set(skillId, update.reviewCard);
  }
}
