import { describe, expect, it } from 'vitest';
import type { MasteryLevel } from '../../data/records.ts';
import { predictCorrect, updateKnown } from '../../ml/bkt/bkt.ts';
import { bktPredictor, levelFromEvidence, nextMasteryLevel, summariseEvidence, type MasteryEvidence } from './mastery.ts';

const evidence = (attempts: number, correct: number, distinctItemsCorrect: number, lastCorrectWithoutHints: boolean): MasteryEvidence => ({
  attempts,
  correct,
  distinctItemsCorrect,
  lastCorrectWithoutHints,
});

describe('levelFromEvidence follows the documented rule', () => {
  const rows: [string, number, MasteryEvidence, MasteryLevel][] = [
    ['no answers', 0.99, evidence(0, 0, 0, false), 'not-started'],
    ['one wrong answer', 0.3, evidence(1, 0, 0, false), 'practising'],
    ['high prediction but no correct answer', 0.7, evidence(2, 0, 0, false), 'practising'],
    ['one correct at 0.6', 0.6, evidence(1, 1, 1, true), 'familiar'],
    ['one correct just below 0.6', 0.599, evidence(1, 1, 1, true), 'practising'],
    ['two correct at 0.8', 0.8, evidence(3, 2, 1, true), 'proficient'],
    ['one correct at 0.9 is only familiar', 0.9, evidence(1, 1, 1, true), 'familiar'],
    ['all mastered conditions', 0.95, evidence(3, 3, 2, true), 'mastered'],
    ['prediction 0.949', 0.949, evidence(3, 3, 2, true), 'proficient'],
    ['only 2 correct', 0.97, evidence(2, 2, 2, true), 'proficient'],
    ['3 correct on one item', 0.97, evidence(3, 3, 1, true), 'proficient'],
    ['last answer used a hint', 0.97, evidence(4, 3, 2, false), 'proficient'],
    ['many answers, low prediction', 0.5, evidence(9, 5, 3, true), 'practising'],
  ];
  it.each(rows)('%s', (_name, predicted, ev, expected) => {
    expect(levelFromEvidence(predicted, ev)).toBe(expected);
  });
});

describe('nextMasteryLevel transitions', () => {
  const strong = evidence(5, 4, 3, true);
  const weak = evidence(5, 1, 1, false);
  const rows: [string, MasteryLevel, number, MasteryEvidence, boolean, MasteryLevel][] = [
    ['first answer wrong', 'not-started', 0.3, evidence(1, 0, 0, false), false, 'practising'],
    ['climbs straight to the supported level', 'practising', 0.96, strong, false, 'mastered'],
    ['mastered stays mastered when the prediction dips', 'mastered', 0.7, weak, false, 'mastered'],
    ['failed review: mastered -> proficient', 'mastered', 0.9, weak, true, 'proficient'],
    ['failed review: proficient -> familiar', 'proficient', 0.9, weak, true, 'familiar'],
    ['failed review: familiar -> practising', 'familiar', 0.5, weak, true, 'practising'],
    ['failed review never goes below practising', 'practising', 0.2, weak, true, 'practising'],
    ['below mastered the level follows the prediction down', 'proficient', 0.65, weak, false, 'familiar'],
    ['re-earns mastered after a fall', 'proficient', 0.96, strong, false, 'mastered'],
  ];
  it.each(rows)('%s', (_name, previous, predicted, ev, reviewFailed, expected) => {
    expect(nextMasteryLevel({ previous, predicted, evidence: ev, reviewFailed })).toBe(expected);
  });
});

describe('summariseEvidence', () => {
  it('counts correct answers, distinct items and whether the last was unaided', () => {
    const answers = [
      { itemId: 'a', correct: true, hintsUsed: 0 },
      { itemId: 'a', correct: true, hintsUsed: 1 },
      { itemId: 'b', correct: false, hintsUsed: 0 },
      { itemId: 'b', correct: true, hintsUsed: 0 },
    ];
    expect(summariseEvidence(answers)).toEqual(evidence(4, 3, 2, true));
    expect(summariseEvidence(answers.slice(0, 2)).lastCorrectWithoutHints).toBe(false);
    expect(summariseEvidence([])).toEqual(evidence(0, 0, 0, false));
  });
});

describe('bktPredictor', () => {
  it('replays the history through each skill with its own parameters', async () => {
    const p = { prior: 0.3, learn: 0.2, guess: 0.2, slip: 0.1 };
    const predictor = bktPredictor(new Map([['s', p], ['t', p]]));
    const predictions = await predictor.predict([
      { skillId: 's', itemId: 'i', correct: true, hintsUsed: 0 },
      { skillId: 's', itemId: 'j', correct: false, hintsUsed: 0 },
    ]);
    const known = updateKnown(p, updateKnown(p, p.prior, true), false);
    expect(predictions.get('s')).toBeCloseTo(predictCorrect(p, known), 12);
    expect(predictions.get('t')).toBeCloseTo(predictCorrect(p, p.prior), 12);
  });
});
