import { describe, expect, it } from 'vitest';
import { MASTERY_LEVELS, type MasteryLevel } from '../../data/records.ts';
import { seededRandom } from '../../ml/seeded-random.ts';
import type { SkillNode as GraphSkill } from '../../content/index.ts';
import { chooseNextItem, GAIN_WEIGHTS, MAX_ANSWERS_PER_SKILL_IN_SESSION, type PolicyInput } from './tutor-policy.ts';

const skills: GraphSkill[] = [
  { id: 'a', prerequisites: [] },
  { id: 'b', prerequisites: ['a'] },
  { id: 'c', prerequisites: ['a'] },
  { id: 'd', prerequisites: ['b', 'c'] },
  { id: 'e', prerequisites: [] },
];
const items = new Map(skills.map((s) => [s.id, [`${s.id}1`, `${s.id}2`]]));

function input(overrides: Partial<PolicyInput>): PolicyInput {
  return {
    skills,
    levels: new Map(),
    predictions: new Map(),
    goalSkillIds: [],
    dueReviewSkillIds: [],
    itemsBySkill: items,
    session: [],
    ...overrides,
  };
}

describe('chooseNextItem', () => {
  const aMastered = new Map<string, MasteryLevel>([['a', 'mastered']]);

  it('prefers a skill whose predicted success is in the target band', () => {
    const choice = chooseNextItem(input({ levels: aMastered, predictions: new Map([['b', 0.3], ['c', 0.7], ['e', 0.97]]) }));
    expect(choice?.skillId).toBe('c');
    expect(choice?.why).toMatchObject({ kind: 'practice', predicted: 0.7, inBand: true, candidates: 3 });
  });

  it('prefers progress toward the goal when the band does not decide', () => {
    const predictions = new Map([['b', 0.7], ['c', 0.7], ['e', 0.7]]);
    const choice = chooseNextItem(input({ levels: aMastered, predictions, goalSkillIds: ['d'] }));
    expect(choice?.skillId).toBe('b');
    expect(choice?.why.kind === 'practice' && choice.why.towardGoals).toEqual(['d']);
    const offGoal = chooseNextItem(input({ levels: aMastered, predictions, goalSkillIds: ['e'] }));
    expect(offGoal?.skillId).toBe('e');
  });

  it('among otherwise equal skills, prefers the one more of the way to the goal builds on', () => {
    // w comes first in the pack and has nothing after it; y opens the way to z (and z to nothing).
    const chain: GraphSkill[] = [
      { id: 'x', prerequisites: [] },
      { id: 'w', prerequisites: [] },
      { id: 'y', prerequisites: ['x'] },
      { id: 'z', prerequisites: ['y'] },
    ];
    const chainItems = new Map(chain.map((s) => [s.id, [`${s.id}1`]]));
    const levels = new Map<string, MasteryLevel>([['x', 'mastered']]);
    const predictions = new Map([['w', 0.7], ['y', 0.7]]);
    const choice = chooseNextItem(input({ skills: chain, itemsBySkill: chainItems, levels, predictions, goalSkillIds: ['w', 'z'] }));
    expect(choice?.skillId).toBe('y');
    expect(choice?.why).toMatchObject({ kind: 'practice', score: { unlocks: 1, unlock: 1 }, runnerUp: { skillId: 'w', unlocks: 0, unlock: 0 } });
    // Without the goal on z, nothing builds on either: pack order decides.
    expect(chooseNextItem(input({ skills: chain, itemsBySkill: chainItems, levels, predictions, goalSkillIds: ['w', 'y'] }))?.skillId).toBe('w');
  });

  it('puts skills whose prerequisites are mastered before those whose prerequisites are only proficient', () => {
    // b and c need a, which is only proficient (and has no fresh item left this session); e has no
    // prerequisite: e first, even with b and c in the target band and e above it.
    const predictions = new Map([['b', 0.7], ['c', 0.7], ['e', 0.97]]);
    const session = [{ skillId: 'a', itemId: 'a1', review: false }, { skillId: 'a', itemId: 'a2', review: false }];
    const aProficient = new Map<string, MasteryLevel>([['a', 'proficient']]);
    expect(chooseNextItem(input({ levels: aProficient, predictions, session }))?.skillId).toBe('e');
    // With nothing else left, a skill on a proficient prerequisite is still offered: practice never runs dry.
    const eMastered = new Map<string, MasteryLevel>([['a', 'proficient'], ['e', 'mastered']]);
    expect(chooseNextItem(input({ levels: eMastered, predictions, session }))?.skillId).toBe('b');
  });

  it('counts a resting prerequisite (mastered in all but a second session) as mastered for that order', () => {
    // a is proficient with all the evidence one session can give: resting. b and c need not wait
    // for tomorrow's session; they come before e as soon as they score higher.
    const predictions = new Map([['b', 0.7], ['c', 0.7], ['e', 0.97]]);
    const aProficient = new Map<string, MasteryLevel>([['a', 'proficient']]);
    expect(chooseNextItem(input({ levels: aProficient, predictions }))?.skillId).toBe('a');
    expect(chooseNextItem(input({ levels: aProficient, predictions, resting: new Set(['a']) }))?.skillId).toBe('b');
  });

  it('interleaves: does not repeat the previous skill when another is as good', () => {
    const predictions = new Map([['b', 0.7], ['c', 0.7]]);
    const levels = new Map<string, MasteryLevel>([['a', 'mastered'], ['e', 'mastered']]);
    const choice = chooseNextItem(input({ levels, predictions, session: [{ skillId: 'b', itemId: 'b1', review: false }] }));
    expect(choice?.skillId).toBe('c');
  });

  it('never repeats an item within a session, and drops a skill with no unseen item', () => {
    const levels = new Map<string, MasteryLevel>([['a', 'mastered'], ['c', 'mastered'], ['e', 'mastered']]);
    const first = chooseNextItem(input({ levels, session: [{ skillId: 'b', itemId: 'b1', review: false }] }));
    expect(first).toMatchObject({ skillId: 'b', itemId: 'b2' });
    const session = [{ skillId: 'b', itemId: 'b1', review: false }, { skillId: 'b', itemId: 'b2', review: false }];
    expect(chooseNextItem(input({ levels, session }))).toBeNull();
  });

  it('mixes due reviews in every other item', () => {
    const levels = new Map<string, MasteryLevel>([['a', 'mastered'], ['e', 'mastered']]);
    const base = { levels, dueReviewSkillIds: ['a', 'e'] };
    const first = chooseNextItem(input(base));
    expect(first).toMatchObject({ skillId: 'a', why: { kind: 'review', dueReviewsLeft: 1 } });
    const second = chooseNextItem(input({ ...base, session: [{ skillId: 'a', itemId: first!.itemId, review: true }] }));
    expect(second?.why.kind).toBe('practice');
    const third = chooseNextItem(input({
      ...base,
      session: [{ skillId: 'a', itemId: first!.itemId, review: true }, { skillId: second!.skillId, itemId: second!.itemId, review: false }],
    }));
    expect(third).toMatchObject({ skillId: 'e', why: { kind: 'review' } });
  });

  it("honours the learner's own choice even with unmastered prerequisites, and says so", () => {
    const choice = chooseNextItem(input({ learnerChoice: 'd' }));
    expect(choice).toMatchObject({ skillId: 'd', why: { kind: 'learner-choice', prerequisitesMastered: false } });
  });
});

/** A random DAG: each skill may require some earlier ones. */
function randomGraph(random: () => number): GraphSkill[] {
  const n = 2 + Math.floor(random() * 10);
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    prerequisites: Array.from({ length: i }, (_, j) => `s${j}`).filter(() => random() < 0.3),
  }));
}

describe('property: practice never offers a skill whose prerequisites are below proficient', () => {
  it('holds over 2000 random states', () => {
    const random = seededRandom(99);
    let practiceChoices = 0;
    for (let run = 0; run < 2000; run++) {
      const graph = randomGraph(random);
      const levels = new Map(graph.map((s) => [s.id, MASTERY_LEVELS[Math.floor(random() * MASTERY_LEVELS.length)]!]));
      const predictions = new Map(graph.map((s) => [s.id, random()]));
      const itemsBySkill = new Map(graph.map((s) => [s.id, Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => `${s.id}-${k}`)]));
      const session = Array.from({ length: Math.floor(random() * 6) }, () => {
        const skill = graph[Math.floor(random() * graph.length)]!;
        const pool = itemsBySkill.get(skill.id)!;
        return { skillId: skill.id, itemId: pool[Math.floor(random() * pool.length)]!, review: random() < 0.2 };
      });
      const dueReviewSkillIds = graph.filter((s) => levels.get(s.id) === 'mastered' && random() < 0.3).map((s) => s.id);
      const goalSkillIds = graph.filter(() => random() < 0.2).map((s) => s.id);
      const choice = chooseNextItem({ skills: graph, levels, predictions, itemsBySkill, session, dueReviewSkillIds, goalSkillIds });
      if (!choice) continue;
      expect(session.some((entry) => entry.itemId === choice.itemId)).toBe(false);
      if (choice.why.kind === 'review') {
        expect(dueReviewSkillIds).toContain(choice.skillId);
        continue;
      }
      practiceChoices++;
      const skill = graph.find((s) => s.id === choice.skillId)!;
      expect(levels.get(skill.id)).not.toBe('mastered');
      for (const p of skill.prerequisites) expect(['proficient', 'mastered']).toContain(levels.get(p));
    }
    // The property must have been exercised, not vacuously true.
    expect(practiceChoices).toBeGreaterThan(300);
  });
});

describe('chooseNextItem with goal gains', () => {
  const aProficient = new Map<string, MasteryLevel>([['a', 'proficient']]);

  it('chooses the largest goal gain, whatever the band, and says so', () => {
    const predictions = new Map([['b', 0.7], ['c', 0.3], ['e', 0.7]]);
    const goalGains = new Map([['a', 0.001], ['b', 0.01], ['c', 0.03], ['e', 0]]);
    const choice = chooseNextItem(input({ levels: aProficient, predictions, goalSkillIds: ['d'], goalGains, answerCounts: new Map() }));
    expect(choice?.skillId).toBe('c');
    // a opens the way to b, c and d (unlock share 1, worth GAIN_WEIGHTS.unlock), so it comes next, ahead of b.
    expect(choice?.why).toMatchObject({ kind: 'practice', score: { gain: 0.03, answers: 0 }, runnerUp: { skillId: 'a', gain: 0.001, unlock: 1 } });
  });

  it('spreads practice: a little per earlier answer outweighs a smaller gain difference', () => {
    const { spreadPerAnswer } = GAIN_WEIGHTS;
    // b and c both open the way to d alone (the same unlock share); b's gain is 2 answers' worth larger.
    const goalGains = new Map([['b', 0.01 + 2 * spreadPerAnswer], ['c', 0.01]]);
    const levels = new Map<string, MasteryLevel>([['a', 'mastered']]);
    const fewer = chooseNextItem(input({ levels, goalSkillIds: ['d'], goalGains, answerCounts: new Map([['b', 5], ['c', 1]]) }));
    expect(fewer?.skillId).toBe('c');
    expect(fewer?.why).toMatchObject({ score: { answers: 1, unlock: 1 } });
    const total = fewer?.why.kind === 'practice' ? fewer.why.score.total : NaN;
    expect(total).toBeCloseTo(0.01 - spreadPerAnswer + GAIN_WEIGHTS.unlock, 12);
    const even = chooseNextItem(input({ levels, goalSkillIds: ['d'], goalGains, answerCounts: new Map([['b', 2], ['c', 1]]) }));
    expect(even?.skillId).toBe('b');
  });

  describe("a skill's share of the session", () => {
    const many = new Map(skills.map((s) => [s.id, Array.from({ length: 20 }, (_, k) => `${s.id}${k}`)]));
    const answered = (skillId: string, count: number) => Array.from({ length: count }, (_, k) => ({ skillId, itemId: `${skillId}${k}`, review: false }));
    // b has by far the largest gain: without the cap it would be chosen again and again.
    const goalGains = new Map([['b', 0.2], ['c', 0.01], ['e', 0.001]]);
    const levels = new Map<string, MasteryLevel>([['a', 'mastered']]);
    const at = (count: number, overrides: Partial<PolicyInput> = {}) =>
      chooseNextItem(input({ levels, itemsBySkill: many, goalSkillIds: ['d'], goalGains, session: answered('b', count), ...overrides }))?.skillId;

    it('moves on from a skill answered its share of times in this session', () => {
      expect(at(MAX_ANSWERS_PER_SKILL_IN_SESSION - 1)).toBe('b');
      expect(at(MAX_ANSWERS_PER_SKILL_IN_SESSION)).toBe('c');
    });

    it("with a goal, stays on the goal's skills rather than leave them for a skill off the way", () => {
      // c is mastered: of the skills toward d only b is ready; e is off the way.
      const onlyB = new Map<string, MasteryLevel>([['a', 'mastered'], ['c', 'mastered']]);
      expect(at(MAX_ANSWERS_PER_SKILL_IN_SESSION, { levels: onlyB, goalFirst: true })).toBe('b');
      expect(at(MAX_ANSWERS_PER_SKILL_IN_SESSION, { levels: onlyB })).toBe('e');
    });

    it('goes on with the skill when nothing else is ready, and keeps resting skills for last', () => {
      const onlyBReady = new Map<string, MasteryLevel>([['a', 'mastered'], ['c', 'mastered'], ['e', 'mastered']]);
      expect(at(MAX_ANSWERS_PER_SKILL_IN_SESSION + 3, { levels: onlyBReady })).toBe('b');
      const withE = new Map<string, MasteryLevel>([['a', 'mastered'], ['c', 'mastered']]);
      expect(at(MAX_ANSWERS_PER_SKILL_IN_SESSION, { levels: withE, resting: new Set(['e']) })).toBe('b');
    });
  });

  it('does not hold a skill back for a prerequisite that is only proficient (readiness still applies)', () => {
    // Without gains, b and c wait for a to be mastered; with gains they compete with a.
    const goalGains = new Map([['a', 0.001], ['b', 0.02], ['c', 0.01], ['d', 0.5]]);
    const choice = chooseNextItem(input({ levels: aProficient, goalSkillIds: ['d'], goalGains }));
    expect(choice?.skillId).toBe('b');
    expect(chooseNextItem(input({ levels: aProficient, goalSkillIds: ['d'] }))?.skillId).toBe('a');
  });
});
