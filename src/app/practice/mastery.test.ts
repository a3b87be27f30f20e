import { describe, expect, it } from 'vitest';
import type { MasteryLevel } from '../../data/records.ts';
import { predictCorrect, updateKnown } from '../../ml/bkt/bkt.ts';
import { DEFAULT_ESTIMATE_LINE, MASTERY_RULE, bktPredictor, estimateLine, masteryLevel, nextLevel, nextLevelNeeds, summariseEvidence, type MasteryEvidence } from './mastery.ts';

const ev = (attempts: number, correct: number, distinctItemsCorrect: number, sessionsCorrect: number, streak: number, lastCorrectWithoutHints = streak > 0, runBestEstimate = 0): MasteryEvidence => ({
  attempts, correct, distinctItemsCorrect, sessionsCorrect, streak, lastCorrectWithoutHints, runBestEstimate,
});

describe('masteryLevel: levels rest on answers, the estimate only has to reach the line', () => {
  const rows: [string, MasteryEvidence, number, MasteryLevel][] = [
    ['no answers', ev(0, 0, 0, 0, 0), 0.99, 'not-started'],
    ['one wrong answer', ev(1, 0, 0, 0, 0), 0.99, 'practising'],
    ['one correct', ev(1, 1, 1, 1, 1), 0.1, 'familiar'],
    ['two correct on one item', ev(2, 2, 1, 1, 2), 0.9, 'familiar'],
    ['two correct on two items', ev(2, 2, 2, 1, 2), 0.2, 'proficient'],
    ['two correct, latest wrong', ev(3, 2, 2, 1, 0), 0.9, 'familiar'],
    ['everything in one session', ev(5, 5, 3, 1, 5), 0.9, 'proficient'],
    ['two sessions, streak 4, at the line', ev(4, 4, 2, 2, 4), 0.7, 'mastered'],
    ['two sessions but estimate below the line', ev(4, 4, 2, 2, 4), 0.69, 'proficient'],
    ['latest used a hint', ev(4, 4, 2, 2, 4, false), 0.9, 'proficient'],
    ['streak of 3 only', ev(5, 4, 2, 2, 3), 0.9, 'proficient'],
    ['estimate dipped, but reached the line earlier in the run', ev(4, 4, 2, 2, 4, true, 0.72), 0.6, 'mastered'],
    ['the run never reached the line', ev(4, 4, 2, 2, 4, true, 0.69), 0.6, 'proficient'],
    ['13 right in a row, estimate short', ev(20, 18, 5, 3, 13), 0.6, 'proficient'],
    ['14 right in a row stand in for the estimate', ev(20, 19, 5, 3, 14), 0.6, 'mastered'],
    ['14 right in a row, but all in one session', ev(14, 14, 5, 1, 14), 0.6, 'proficient'],
    ['14 right in a row, the latest with a hint', ev(14, 14, 5, 2, 14, false), 0.6, 'proficient'],
  ];
  it.each(rows)('%s', (_name, evidence, estimate, expected) => {
    expect(masteryLevel(evidence, estimate, 0.7)).toBe(expected);
  });
});

describe('estimateLine', () => {
  it('is the target when the model can reach it, the model\'s own line otherwise, the default without one', () => {
    expect(estimateLine(0.97)).toBe(MASTERY_RULE.mastered.targetEstimate);
    expect(estimateLine(0.6)).toBe(0.6);
    expect(estimateLine(undefined)).toBe(DEFAULT_ESTIMATE_LINE);
  });
});

describe('nextLevel never moves against the answer', () => {
  const strong = ev(4, 4, 3, 2, 4);
  const step = (previous: MasteryLevel, correct: boolean, extra: Partial<Parameters<typeof nextLevel>[0]> = {}) =>
    nextLevel({ previous, previousPlaced: false, correct, review: false, evidence: correct ? strong : ev(4, 3, 3, 2, 0), estimate: 0.9, line: 0.7, ...extra });
  it('a wrong answer in practice keeps the level', () => {
    expect(step('proficient', false)).toEqual({ level: 'proficient', placed: false, change: 'none' });
    expect(step('familiar', false)).toEqual({ level: 'familiar', placed: false, change: 'none' });
  });
  it('the first answer starts the skill, right or wrong, without calling it a level up', () => {
    expect(step('not-started', false).change).toBe('started');
    expect(step('not-started', true, { evidence: ev(1, 1, 1, 1, 1) })).toEqual({ level: 'familiar', placed: false, change: 'up' });
  });
  it('a correct answer never lowers a level, even when the estimate dipped', () => {
    expect(step('proficient', true, { estimate: 0.1, evidence: ev(3, 3, 2, 1, 1) })).toEqual({ level: 'proficient', placed: false, change: 'none' });
    expect(step('proficient', true)).toEqual({ level: 'mastered', placed: false, change: 'up' });
  });
  it('a failed review or a wrong answer on a mastered skill moves it back one level and says so', () => {
    expect(step('mastered', false)).toEqual({ level: 'proficient', placed: false, change: 'review-failed' });
    expect(step('proficient', false, { review: true })).toEqual({ level: 'familiar', placed: false, change: 'review-failed' });
  });
  it('placement levels: a wrong answer takes them back, practice confirms them', () => {
    expect(step('proficient', false, { previousPlaced: true })).toEqual({ level: 'familiar', placed: false, change: 'placement-not-confirmed' });
    expect(step('proficient', true, { previousPlaced: true, evidence: ev(1, 1, 1, 1, 1) })).toEqual({ level: 'proficient', placed: true, change: 'none' });
    expect(step('proficient', true, { previousPlaced: true, evidence: ev(2, 2, 2, 1, 2) })).toEqual({ level: 'proficient', placed: false, change: 'placement-confirmed' });
  });
});

describe('summariseEvidence', () => {
  it('counts correct answers, items, sessions, the streak and whether the last was unaided', () => {
    const answers = [
      { itemId: 'a', correct: true, hintsUsed: 0, sessionId: 's1' },
      { itemId: 'a', correct: true, hintsUsed: 1, sessionId: 's1' },
      { itemId: 'b', correct: false, hintsUsed: 0, sessionId: 's2' },
      { itemId: 'b', correct: true, hintsUsed: 0, sessionId: 's2' },
    ];
    expect(summariseEvidence(answers)).toEqual(ev(4, 3, 2, 2, 1, true));
    expect(summariseEvidence(answers.slice(0, 2)).lastCorrectWithoutHints).toBe(false);
    expect(summariseEvidence([])).toEqual(ev(0, 0, 0, 0, 0, false));
  });
  it('keeps the highest estimate after a correct answer of the current run; a wrong answer ends the run', () => {
    const answer = (correct: boolean, estimate?: number) => ({ itemId: 'a', correct, hintsUsed: 0, sessionId: 's1', ...(estimate !== undefined ? { estimate } : {}) });
    expect(summariseEvidence([answer(true, 0.7), answer(true, 0.88), answer(true, 0.8)]).runBestEstimate).toBe(0.88);
    expect(summariseEvidence([answer(true, 0.9), answer(false, 0.95)]).runBestEstimate).toBe(0);
    expect(summariseEvidence([answer(true, 0.9), answer(false, 0.6), answer(true, 0.7)]).runBestEstimate).toBe(0.7);
    // Answers stored before estimates were kept count for nothing here.
    expect(summariseEvidence([answer(true), answer(true)]).runBestEstimate).toBe(0);
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

describe('nextLevelNeeds: what a correct answer that left the level still needs', () => {
  it('names the first missing piece of the next level, in the order the tutor acts on it', () => {
    expect(nextLevelNeeds(ev(1, 1, 1, 1, 1), 0.9, 0.85, 'familiar')).toEqual({ kind: 'right-in-a-row', count: 1, level: 'proficient' });
    expect(nextLevelNeeds(ev(2, 2, 1, 1, 2), 0.9, 0.85, 'familiar')).toEqual({ kind: 'another-item', level: 'proficient' });
    expect(nextLevelNeeds(ev(3, 2, 2, 1, 2), 0.9, 0.85, 'proficient')).toEqual({ kind: 'right-in-a-row', count: 2, level: 'mastered' });
    expect(nextLevelNeeds(ev(4, 4, 2, 1, 4, false), 0.9, 0.85, 'proficient')).toEqual({ kind: 'without-hints' });
    // The estimate comes before the second session: while it is short the tutor keeps offering the skill.
    expect(nextLevelNeeds(ev(4, 4, 2, 1, 4), 0.8, 0.85, 'proficient')).toEqual({ kind: 'estimate', estimate: 0.8, line: 0.85, streak: 4, runWithoutEstimate: 14 });
    expect(nextLevelNeeds(ev(4, 4, 2, 1, 4), 0.9, 0.85, 'proficient')).toEqual({ kind: 'another-session' });
    // An estimate that reached the line earlier in the run, then dipped, no longer stands in the way.
    expect(nextLevelNeeds(ev(4, 4, 2, 1, 4, true, 0.86), 0.83, 0.85, 'proficient')).toEqual({ kind: 'another-session' });
    // A run of 14 does instead of the estimate: then only what else is missing is named.
    expect(nextLevelNeeds(ev(13, 13, 5, 1, 13), 0.8, 0.85, 'proficient')).toMatchObject({ kind: 'estimate', streak: 13 });
    expect(nextLevelNeeds(ev(14, 14, 5, 1, 14), 0.8, 0.85, 'proficient')).toEqual({ kind: 'another-session' });
  });
  it('is null when nothing is missing or no level follows', () => {
    expect(nextLevelNeeds(ev(4, 4, 2, 2, 4), 0.9, 0.85, 'proficient')).toBeNull();
    expect(nextLevelNeeds(ev(4, 4, 2, 2, 4), 0.9, 0.85, 'mastered')).toBeNull();
    expect(nextLevelNeeds(ev(1, 0, 0, 0, 0), 0.9, 0.85, 'practising')).toBeNull();
  });
});
