import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import type { MasteryLevel } from '../../data/records.ts';
import { cardForNewlyMastered, fromStoredCard, reviewScheduler, toStoredCard } from './review.ts';
import { needsPlateauCheck, updateSkill } from './skill-update.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 9);
const right = (itemId: string, hintsUsed = 0) => ({ itemId, correct: true, hintsUsed });
const wrong = (itemId: string) => ({ itemId, correct: false, hintsUsed: 0 });

describe('updateSkill', () => {
  it.each([
    ['first answer, wrong', 'not-started', 0.3, [wrong('a')], 'practising'],
    ['one correct at 0.65', 'not-started', 0.65, [right('a')], 'familiar'],
    ['two correct at 0.85', 'familiar', 0.85, [right('a'), right('b')], 'proficient'],
    ['mastered by the rule', 'proficient', 0.96, [right('a'), right('b'), right('a')], 'mastered'],
    ['not mastered: last answer used hints', 'proficient', 0.96, [right('a'), right('b'), right('a', 1)], 'proficient'],
    ['not mastered: one item only', 'proficient', 0.96, [right('a'), right('a'), right('a')], 'proficient'],
    ['mastered stays after a dip', 'mastered', 0.7, [right('a'), right('b'), right('c'), right('d')], 'mastered'],
    ['mastered falls one level on a wrong answer', 'mastered', 0.9, [right('a'), right('b'), right('c'), wrong('d')], 'proficient'],
  ] as [string, MasteryLevel, number, { itemId: string; correct: boolean; hintsUsed: number }[], MasteryLevel][])('%s', (_label, previous, predicted, skillAnswers, level) => {
    expect(updateSkill({ previous, card: null, review: false, predicted, skillAnswers, now: T0 }).masteryLevel).toBe(level);
  });

  it('gives a newly mastered skill its first review card, scheduled from the mastering answer', () => {
    const update = updateSkill({ previous: 'proficient', card: null, review: false, predicted: 0.97, skillAnswers: [right('a'), right('b'), right('c')], now: T0 });
    expect(update.masteryLevel).toBe('mastered');
    expect(update.reviewCard).toEqual(cardForNewlyMastered(T0));
    expect(update.reviewCard!.due).toBeGreaterThan(T0 + DAY);
  });

  it.each([
    ['correct without hints is Good', right('x'), Rating.Good],
    ['correct with hints is Hard', right('x', 2), Rating.Hard],
    ['wrong is Again', wrong('x'), Rating.Again],
  ] as const)('reviews follow ts-fsrs: %s', (_label, answer, rating) => {
    const card = cardForNewlyMastered(T0);
    const now = card.due + DAY;
    const update = updateSkill({ previous: 'mastered', card, review: true, predicted: 0.9, skillAnswers: [right('a'), right('b'), right('c'), answer], now });
    const expected = toStoredCard(reviewScheduler.next(fromStoredCard(card), new Date(now), rating).card);
    expect(update.reviewCard).toEqual(expected);
  });

  it('reaches mastery at the plateau only with the extra evidence and the look-ahead', () => {
    const answers = [right('a'), right('b'), right('c'), right('d')];
    const input = { previous: 'proficient' as const, predicted: 0.86, skillAnswers: answers };
    expect(needsPlateauCheck(input)).toBe(true);
    expect(updateSkill({ ...input, card: null, review: false, now: T0 }).masteryLevel).toBe('proficient');
    expect(updateSkill({ ...input, card: null, review: false, now: T0, predictedAfterCorrect: 0.87 }).masteryLevel).toBe('mastered');
    expect(updateSkill({ ...input, card: null, review: false, now: T0, predictedAfterCorrect: 0.95 }).masteryLevel).toBe('proficient');
    expect(needsPlateauCheck({ ...input, skillAnswers: answers.slice(0, 3) })).toBe(false);
  });
});
