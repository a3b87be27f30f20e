import { describe, expect, it } from 'vitest';
import type { MasteryLevel } from '../../data/records.ts';
import { answerCounts, expectedGain, gainTargets, goalGains, rightAnswerMasters, type LookaheadModel } from './goal-gain.ts';
import { readySkillIds } from './tutor-policy.ts';

const skills = [
  { id: 'a', prerequisites: [] },
  { id: 'b', prerequisites: ['a'] },
  { id: 'goal', prerequisites: ['b'] },
];

describe('goal gain', () => {
  it('is the goal estimate expected after one answer, weighted by the chance of a right one, less the estimate now', () => {
    const now = new Map([['a', 0.8], ['goal', 0.4]]);
    const right = new Map([['goal', 0.5]]);
    const wrong = new Map([['goal', 0.3]]);
    // 0.8 * 0.5 + 0.2 * 0.3 - 0.4 = 0.06
    expect(expectedGain('a', ['goal'], now, right, wrong)).toBeCloseTo(0.06, 10);
    // A skill the model thinks likely wrong gains less from the same two outcomes.
    expect(expectedGain('a', ['goal'], new Map([['a', 0.2], ['goal', 0.4]]), right, wrong)).toBeCloseTo(-0.06, 10);
    expect(expectedGain('a', [], now, right, wrong)).toBe(0);
  });

  it('counts a goal skill a right answer would master as 1: finishing is worth what was left of it', () => {
    const now = new Map([['goal', 0.8], ['other', 0.5]]);
    const right = new Map([['goal', 0.86], ['other', 0.5]]);
    const wrong = new Map([['goal', 0.7], ['other', 0.5]]);
    // 0.8 * mean(1, 0.5) + 0.2 * mean(0.7, 0.5) - mean(0.8, 0.5) = 0.6 + 0.12 - 0.65
    expect(expectedGain('goal', ['goal', 'other'], now, right, wrong, true)).toBeCloseTo(0.07, 10);
    expect(expectedGain('goal', ['goal', 'other'], now, right, wrong, false)).toBeCloseTo(0.8 * 0.68 + 0.2 * 0.6 - 0.65, 10);
  });

  it('asks the app rule whether one more right answer masters: a run, two items, two sessions, the line', () => {
    const earlier = [
      { skillId: 'a', itemId: 'a1', correct: true, hintsUsed: 0, sessionId: 'monday', estimate: 0.7 },
      { skillId: 'a', itemId: 'a2', correct: true, hintsUsed: 0, sessionId: 'monday', estimate: 0.8 },
      { skillId: 'a', itemId: 'a3', correct: true, hintsUsed: 0, sessionId: 'monday', estimate: 0.84 },
    ];
    expect(rightAnswerMasters(earlier, 'tuesday', 0.87, 0.86)).toBe(true);
    expect(rightAnswerMasters(earlier, 'monday', 0.87, 0.86)).toBe(false);
    expect(rightAnswerMasters(earlier, 'tuesday', 0.85, 0.86)).toBe(false);
    expect(rightAnswerMasters(earlier.slice(1), 'tuesday', 0.87, 0.86)).toBe(false);
  });

  it('follows the unmastered goal skills, or every unmastered skill without a goal', () => {
    const levels = new Map<string, MasteryLevel>([['a', 'mastered']]);
    expect(gainTargets(['a', 'b', 'goal'], levels, ['goal'])).toEqual(['goal']);
    expect(gainTargets(['a', 'b', 'goal'], levels, [])).toEqual(['b', 'goal']);
    expect(gainTargets(['a', 'b', 'goal'], new Map([['goal', 'mastered']]), ['goal'])).toEqual(['a', 'b']);
  });

  it('looks ahead on the skills the tutor may offer, and leaves out one the model cannot look ahead on', async () => {
    const levels = new Map<string, MasteryLevel>([['a', 'proficient']]);
    expect(readySkillIds(skills, levels)).toEqual(['a', 'b']);
    const asked: string[] = [];
    const model: LookaheadModel = {
      predictIfAnswered: async (skillId, correct) => {
        asked.push(`${skillId}:${correct}`);
        if (skillId === 'b') return undefined;
        return new Map([['goal', correct ? 0.6 : 0.2]]);
      },
    };
    const gains = await goalGains(model, ['a', 'b'], ['goal'], new Map([['a', 0.5], ['goal', 0.4]]));
    expect([...gains]).toEqual([['a', 0]]);
    expect(asked.sort()).toEqual(['a:false', 'a:true', 'b:false', 'b:true']);
  });

  it('counts answers per skill', () => {
    expect(answerCounts([{ skillId: 'a' }, { skillId: 'b' }, { skillId: 'a' }])).toEqual(new Map([['a', 2], ['b', 1]]));
  });
});
