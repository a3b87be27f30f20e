import { describe, expect, it } from 'vitest';
import type { MasteryLevel, SkillState } from '../../data/records.ts';
import { skillsTowardOpenGoals, strengthsAndGaps } from './strengths-and-gaps.ts';

function state(skillId: string, masteryLevel: MasteryLevel, estimate: number, packId = 'p'): SkillState {
  return { id: `${packId}-${skillId}`, learnerId: 'me', skillId, packId, estimate, masteryLevel, evidence: { attempts: 3, correct: 2 }, reviewCard: null, updatedAt: 0 };
}

// a <- b <- d (the goal); c and e are off the way.
const GRAPH = { packId: 'p', skills: [{ id: 'a' }, { id: 'b', prerequisites: ['a'] }, { id: 'c', prerequisites: ['a'] }, { id: 'd', prerequisites: ['b'] }, { id: 'e' }] };
const open = (skillIds: string[], completedAt: number | null = null, packId: string | null = 'p') => ({ packId, skillIds, completedAt });

describe('skillsTowardOpenGoals', () => {
  it('holds an open goal’s skills and what they build on, direct or not, and nothing of a reached goal', () => {
    expect([...skillsTowardOpenGoals([open(['d']), open(['e'], 5)], [GRAPH])].sort()).toEqual(['p/a', 'p/b', 'p/d']);
  });

  it('leaves out what only a mastered goal skill builds on, as the tutor does', () => {
    const toward = skillsTowardOpenGoals([open(['c', 'e'])], [GRAPH], [state('c', 'mastered', 0.95)]);
    expect([...toward].sort()).toEqual(['p/e']);
  });

  it('is empty without an open goal on a pack (a minutes-a-day goal has none)', () => {
    expect(skillsTowardOpenGoals([open([], null, null), open(['d'], 7)], [GRAPH]).size).toBe(0);
  });
});

describe('strengthsAndGaps', () => {
  const states = [state('a', 'practising', 0.3), state('b', 'familiar', 0.7), state('c', 'mastered', 0.97), state('d', 'not-started', 0.1), state('e', 'practising', 0.5)];

  it('picks strengths and skills to work on from the model’s estimates', () => {
    const { strengths, toWorkOn } = strengthsAndGaps(states, 2);
    expect(strengths.map((entry) => entry.skillId)).toEqual(['c', 'b']);
    expect(toWorkOn.map((entry) => entry.skillId)).toEqual(['a', 'e']);
  });

  it('with an open goal, lists only skills on its way, as practice offers them, however low the others are', () => {
    const low = [...states, state('c2', 'practising', 0.05)];
    const graph = { ...GRAPH, skills: [...GRAPH.skills, { id: 'c2', prerequisites: ['c'] }] };
    const toward = skillsTowardOpenGoals([open(['d'])], [graph]);
    expect(strengthsAndGaps(low, 3, toward).toWorkOn.map((entry) => entry.skillId)).toEqual(['a']);
    expect(strengthsAndGaps(low, 3).toWorkOn.map((entry) => entry.skillId)).toEqual(['c2', 'a', 'e']);
  });

  it('falls back to every started skill when none on the goal’s way is started', () => {
    const toward = skillsTowardOpenGoals([open(['d'])], [GRAPH]);
    const offTheWay = [state('e', 'practising', 0.5), state('c', 'familiar', 0.4), state('d', 'not-started', 0.1)];
    expect(strengthsAndGaps(offTheWay, 3, toward).toWorkOn.map((entry) => entry.skillId)).toEqual(['e']);
  });

  it('tells apart skills of the same id in two packs', () => {
    const toward = skillsTowardOpenGoals([open(['a'])], [GRAPH]);
    const twoPacks = [state('a', 'practising', 0.6, 'q'), state('a', 'practising', 0.4, 'p')];
    expect(strengthsAndGaps(twoPacks, 3, toward).toWorkOn.map((entry) => entry.packId)).toEqual(['p']);
  });
});
