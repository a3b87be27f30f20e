import { describe, expect, it } from 'vitest';
import type { MasteryLevel } from '../../data/records.ts';
import type { MasteryEvidence } from './mastery.ts';
import { ACHIEVABLE_MASTERY, atPlateau, nextAchievableLevel, plateauMayApply } from './achievable-mastery.ts';

const evidence = (correct: number, distinct = 2, lastOk = true): MasteryEvidence => ({
  attempts: correct + 1,
  correct,
  distinctItemsCorrect: distinct,
  lastCorrectWithoutHints: lastOk,
});

describe('nextAchievableLevel', () => {
  // [why, previous, predicted, predictedAfterCorrect, evidence, streak, reviewFailed, expected]
  const cases: [string, MasteryLevel, number, number, MasteryEvidence, number, boolean, MasteryLevel][] = [
    ['the documented rule still grants mastery at 0.95', 'proficient', 0.96, 0.97, evidence(3), 1, false, 'mastered'],
    ['a plateau with 4 correct, the last 2 in a row', 'proficient', 0.82, 0.83, evidence(4), 2, false, 'mastered'],
    ['a plateau at a modest but useful level (hard skill)', 'practising', 0.55, 0.57, evidence(4), 3, false, 'mastered'],
    ['still rising: one more correct answer would add 0.08', 'proficient', 0.82, 0.9, evidence(4), 2, false, 'proficient'],
    ['a plateau needs a 4th correct answer (rule says 3)', 'proficient', 0.82, 0.83, evidence(3), 3, false, 'proficient'],
    ['a plateau needs the last two answers correct', 'proficient', 0.82, 0.83, evidence(5), 1, false, 'proficient'],
    ['a plateau needs 2 different items', 'proficient', 0.82, 0.83, evidence(5, 1), 5, false, 'proficient'],
    ['a plateau needs the last answer without hints', 'proficient', 0.82, 0.83, evidence(5, 2, false), 0, false, 'proficient'],
    ['a plateau below 0.5 is not mastery', 'practising', 0.45, 0.46, evidence(6), 4, false, 'practising'],
    ['mastered stays mastered', 'mastered', 0.7, 0.8, evidence(5), 0, false, 'mastered'],
    ['a failed review moves mastered back one level', 'mastered', 0.7, 0.8, evidence(5, 2, false), 0, true, 'proficient'],
  ];
  it.each(cases)('%s', (_why, previous, predicted, predictedAfterCorrect, ev, correctStreak, reviewFailed, expected) => {
    expect(nextAchievableLevel({ previous, predicted, predictedAfterCorrect, evidence: ev, correctStreak, reviewFailed })).toBe(expected);
  });
});

describe('plateau helpers', () => {
  it('atPlateau compares the gain of one more correct answer with maxGain', () => {
    expect(atPlateau(0.8, 0.8 + ACHIEVABLE_MASTERY.maxGain / 2)).toBe(true);
    expect(atPlateau(0.8, 0.8 + ACHIEVABLE_MASTERY.maxGain * 2)).toBe(false);
    expect(atPlateau(ACHIEVABLE_MASTERY.minPredicted - 0.01, ACHIEVABLE_MASTERY.minPredicted - 0.01)).toBe(false);
  });

  it('plateauMayApply asks for the extra model step only when it could matter', () => {
    expect(plateauMayApply(0.8, evidence(4), 2)).toBe(true);
    expect(plateauMayApply(0.8, evidence(3), 2)).toBe(false);
    expect(plateauMayApply(0.8, evidence(4), 1)).toBe(false);
    // At 0.95 the documented rule decides on its own.
    expect(plateauMayApply(0.96, evidence(4), 2)).toBe(false);
  });
});
