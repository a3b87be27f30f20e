import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import type { MasteryLevel } from '../../data/records.ts';
import { cardForNewlyMastered, fromStoredCard, reviewScheduler, toStoredCard } from './review.ts';
import { updateSkill } from './skill-update.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 9);
const right = (itemId: string, hintsUsed = 0, sessionId = 's2') => ({ itemId, correct: true, hintsUsed, sessionId });
const wrong = (itemId: string) => ({ itemId, correct: false, hintsUsed: 0, sessionId: 's2' });
const LINE = 0.7;

describe('updateSkill', () => {
  it.each([
    ['first answer, wrong', 'not-started', 0.3, [wrong('a')], 'practising'],
    ['one correct', 'not-started', 0.3, [right('a')], 'familiar'],
    ['two correct on two items', 'familiar', 0.4, [right('a'), right('b')], 'proficient'],
    ['mastered by the rule', 'proficient', 0.8, [right('a', 0, 's1'), right('b'), right('a'), right('c')], 'mastered'],
    ['not mastered: one session only', 'proficient', 0.8, [right('a'), right('b'), right('a'), right('c')], 'proficient'],
    ['not mastered: below the line', 'proficient', 0.69, [right('a', 0, 's1'), right('b'), right('a'), right('c')], 'proficient'],
    ['not mastered: last answer used hints', 'proficient', 0.96, [right('a', 0, 's1'), right('b'), right('c'), right('a', 1)], 'proficient'],
    ['not mastered: one item only', 'proficient', 0.96, [right('a', 0, 's1'), right('a'), right('a'), right('a')], 'proficient'],
    ['mastered stays after a dip', 'mastered', 0.7, [right('a'), right('b'), right('c'), right('d')], 'mastered'],
    ['mastered falls one level on a wrong answer', 'mastered', 0.9, [right('a'), right('b'), right('c'), wrong('d')], 'proficient'],
  ] as [string, MasteryLevel, number, { itemId: string; correct: boolean; hintsUsed: number }[], MasteryLevel][])('%s', (_label, previous, predicted, skillAnswers, level) => {
    expect(updateSkill({ previous, card: null, review: false, predicted, line: LINE, skillAnswers, now: T0 }).masteryLevel).toBe(level);
  });

  it('says what the next level still needs after a correct answer that left the level, and nothing otherwise', () => {
    const oneSession = updateSkill({ previous: 'proficient', card: null, review: false, predicted: 0.8, line: LINE, skillAnswers: [right('a'), right('b'), right('a'), right('c')], now: T0 });
    expect(oneSession).toMatchObject({ masteryLevel: 'proficient', change: 'none', needs: { kind: 'another-session' } });
    const low = updateSkill({ previous: 'proficient', card: null, review: false, predicted: 0.6, line: LINE, skillAnswers: [right('a', 0, 's1'), right('b'), right('a'), right('c')], now: T0 });
    expect(low.needs).toEqual({ kind: 'estimate', estimate: 0.6, line: LINE, streak: 4, runWithoutEstimate: 14 });
    expect(updateSkill({ previous: 'familiar', card: null, review: false, predicted: 0.4, line: LINE, skillAnswers: [right('a'), right('b')], now: T0 }).needs).toBeNull();
    expect(updateSkill({ previous: 'proficient', card: null, review: false, predicted: 0.4, line: LINE, skillAnswers: [right('a'), wrong('b')], now: T0 }).needs).toBeNull();
  });

  it('gives a newly mastered skill its first review card, scheduled from the mastering answer', () => {
    const update = updateSkill({ previous: 'proficient', card: null, review: false, predicted: 0.97, line: LINE, skillAnswers: [right('a', 0, 's1'), right('b'), right('c'), right('d')], now: T0 });
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
    const update = updateSkill({ previous: 'mastered', card, review: true, predicted: 0.9, line: LINE, skillAnswers: [right('a'), right('b'), right('c'), answer], now });
    const expected = toStoredCard(reviewScheduler.next(fromStoredCard(card), new Date(now), rating).card);
    expect(update.reviewCard).toEqual(expected);
  });

  it('a wrong review says so: the level falls one step with the change named', () => {
    const update = updateSkill({ previous: 'mastered', card: cardForNewlyMastered(T0), review: true, predicted: 0.9, line: LINE, skillAnswers: [right('a'), wrong('b')], now: T0 + 30 * DAY });
    expect(update).toMatchObject({ masteryLevel: 'proficient', change: 'review-failed' });
  });
});
