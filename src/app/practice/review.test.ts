import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import {
  cardForNewlyMastered, dueReviews, fromStoredCard, readStoredCard, recordReview, reviewGrade, TARGET_RETENTION, toStoredCard,
  type ReviewAnswer,
} from './review.ts';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 5, 9);
// The reference: ts-fsrs called directly with the same settings.
const reference = fsrs({ request_retention: 0.9, enable_fuzz: false, enable_short_term: false });

describe('reviewGrade', () => {
  it.each([
    [{ correct: true, hintsUsed: 0 }, Rating.Good],
    [{ correct: true, hintsUsed: 2 }, Rating.Hard],
    [{ correct: false, hintsUsed: 0 }, Rating.Again],
    [{ correct: false, hintsUsed: 1 }, Rating.Again],
  ] as [ReviewAnswer, Grade][])('%o -> %i', (answer, grade) => {
    expect(reviewGrade(answer)).toBe(grade);
  });
});

describe('scheduling follows ts-fsrs', () => {
  it('targets retention 0.9', () => {
    expect(TARGET_RETENTION).toBe(0.9);
  });

  it('matches ts-fsrs over a sequence of reviews answered when due', () => {
    const answers: ReviewAnswer[] = [
      { correct: true, hintsUsed: 0 },
      { correct: true, hintsUsed: 1 },
      { correct: false, hintsUsed: 0 },
      { correct: true, hintsUsed: 0 },
      { correct: true, hintsUsed: 0 },
    ];
    let expected: Card = reference.next(createEmptyCard(new Date(start)), new Date(start), Rating.Good).card;
    let stored = cardForNewlyMastered(start);
    expect(stored).toEqual(toStoredCard(expected));
    for (const answer of answers) {
      // Answer an hour after it falls due, as a learner opening the app would.
      const at = stored.due + 3_600_000;
      expected = reference.next(expected, new Date(at), reviewGrade(answer)).card;
      stored = recordReview(stored, answer, at);
      expect(stored).toEqual(toStoredCard(expected));
    }
    expect(stored.lapses).toBe(1);
    // Reviews of a mastered skill are days apart, never minutes.
    expect(cardForNewlyMastered(start).due - start).toBeGreaterThanOrEqual(DAY);
    expect(stored.reps).toBe(answers.length + 1);
  });

  it('schedules a Good review later than a Hard one, and Again soonest', () => {
    const first = cardForNewlyMastered(start);
    const at = first.due;
    const good = recordReview(first, { correct: true, hintsUsed: 0 }, at);
    const hard = recordReview(first, { correct: true, hintsUsed: 1 }, at);
    const again = recordReview(first, { correct: false, hintsUsed: 0 }, at);
    expect(good.due).toBeGreaterThan(hard.due);
    expect(hard.due).toBeGreaterThan(again.due);
  });

  it('round-trips a card through its stored JSON', () => {
    const card = reference.next(createEmptyCard(new Date(start)), new Date(start), Rating.Hard).card;
    expect(fromStoredCard(toStoredCard(card))).toEqual(card);
    expect(JSON.parse(JSON.stringify(toStoredCard(card)))).toEqual(toStoredCard(card));
  });
});

describe('dueReviews', () => {
  it('lists due cards most overdue first and skips future, missing and malformed cards', () => {
    const a = cardForNewlyMastered(start);
    const b = cardForNewlyMastered(start - 5 * DAY);
    const now = a.due + DAY;
    const due = dueReviews(
      [
        { skillId: 'a', reviewCard: a },
        { skillId: 'b', reviewCard: b },
        { skillId: 'future', reviewCard: cardForNewlyMastered(now) },
        { skillId: 'none', reviewCard: null },
        { skillId: 'broken', reviewCard: { due: 'yesterday' } },
      ],
      now,
    );
    expect(due.map((d) => d.skillId)).toEqual(['b', 'a']);
    expect(due[0]!.recall).toBeLessThan(due[1]!.recall);
    expect(due[1]!.recall).toBeLessThan(TARGET_RETENTION);
    expect(readStoredCard({ due: 'yesterday' })).toBeNull();
  });
});
