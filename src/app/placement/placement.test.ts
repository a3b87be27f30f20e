import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../ml/seeded-random.ts';
import { buildKnowledgeSpace, fitPrior, Placement, type GraphSkill } from './placement.ts';
import { fitPriorWithLogOdds, priorFromLogOdds } from './knowledge-space.ts';

// a -> b -> c (a chain) and d, which needs a only.
const graph: GraphSkill[] = [
  { id: 'c', prerequisites: ['b'] },
  { id: 'b', prerequisites: ['a'] },
  { id: 'a', prerequisites: [] },
  { id: 'd', prerequisites: ['a'] },
];

const statesOf = (skills: GraphSkill[]) => {
  const space = buildKnowledgeSpace(skills);
  return Array.from({ length: space.count }, (_, i) =>
    space.ids.filter((_, s) => space.states[i * space.ids.length + s] === 1).sort().join(''),
  ).sort();
};

describe('buildKnowledgeSpace', () => {
  it('enumerates exactly the prerequisite-closed sets', () => {
    // {}, a, ab, ad, abc, abd, abcd
    expect(statesOf(graph)).toEqual(['', 'a', 'ab', 'abc', 'abcd', 'abd', 'ad']);
  });

  it('samples when there are more states than allowed, still only closed sets', () => {
    const wide: GraphSkill[] = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, prerequisites: i > 0 ? ['s0'] : [] }));
    const space = buildKnowledgeSpace(wide, 100);
    expect(space.exact).toBe(false);
    expect(space.count).toBeLessThanOrEqual(100);
    for (let i = 0; i < space.count; i++) {
      const row = space.states.subarray(i * 12, i * 12 + 12);
      const s0 = space.ids.indexOf('s0');
      if (row.some((bit) => bit === 1)) expect(row[s0]).toBe(1);
    }
  });

  it('rejects a cycle', () => {
    expect(() => buildKnowledgeSpace([{ id: 'x', prerequisites: ['y'] }, { id: 'y', prerequisites: ['x'] }])).toThrow(/cycle/);
  });
});

describe('Placement belief', () => {
  const space = buildKnowledgeSpace(graph);

  it('starts uniform over knowledge states', () => {
    const p = new Placement(space).probabilities();
    // a is in 6 of 7 states, b in 4, c and d in 2.
    expect(p.get('a')).toBeCloseTo(6 / 7, 12);
    expect(p.get('b')).toBeCloseTo(4 / 7, 12);
    expect(p.get('c')).toBeCloseTo(2 / 7, 12);
  });

  it('a correct answer raises the skill and its prerequisites', () => {
    const placement = new Placement(space, { guess: 0.2, slip: 0.1 });
    const before = placement.probabilities();
    placement.record('c', true);
    const after = placement.probabilities();
    for (const id of ['a', 'b', 'c']) expect(after.get(id)!).toBeGreaterThan(before.get(id)!);
    // By Bayes: P(c | correct) = 2/7 * 0.9 / (2/7 * 0.9 + 5/7 * 0.2).
    expect(after.get('c')).toBeCloseTo((2 * 0.9) / (2 * 0.9 + 5 * 0.2), 12);
  });

  it('a wrong answer lowers the skill and its dependents', () => {
    const placement = new Placement(space, { guess: 0.2, slip: 0.1 });
    const before = placement.probabilities();
    placement.record('b', false);
    const after = placement.probabilities();
    for (const id of ['b', 'c']) expect(after.get(id)!).toBeLessThan(before.get(id)!);
  });

  it('never judges a skill mastered above an unmastered prerequisite', () => {
    const random = seededRandom(4);
    for (let run = 0; run < 50; run++) {
      const placement = new Placement(space);
      for (let q = 0; q < 6; q++) placement.record(space.ids[Math.floor(random() * 4)]!, random() < 0.5);
      const mastered = new Set(placement.result().mastered);
      for (const skill of graph) if (mastered.has(skill.id)) for (const p of skill.prerequisites) expect(mastered.has(p)).toBe(true);
    }
  });

  it('asks the skill that splits the belief best, and stops once confident', () => {
    const chain = buildKnowledgeSpace([
      { id: 'x', prerequisites: [] },
      { id: 'y', prerequisites: ['x'] },
      { id: 'z', prerequisites: ['y'] },
    ]);
    // Four states {}, x, xy, xyz: asking y splits them 2:2, the most informative with equal noise.
    const placement = new Placement(chain, { guess: 0.1, slip: 0.1, confidence: 0.95 });
    expect(placement.nextQuestion()?.skillId).toBe('y');
    // A learner who knows everything: a few correct answers make the belief confident.
    let asked = 0;
    for (let q = placement.nextQuestion(); q; q = placement.nextQuestion()) {
      placement.record(q.skillId, true);
      asked++;
    }
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(10);
    expect(placement.result().mastered).toEqual(['x', 'y', 'z']);
    expect(placement.result().expectedAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("'accuracy' asks the skill with the best expected accuracy after the answer, by brute force", () => {
    const options = { guess: 0.25, slip: 0.15, criterion: 'accuracy' as const, confidence: 1 };
    const random = seededRandom(8);
    for (let run = 0; run < 10; run++) {
      const placement = new Placement(space, options);
      const answers: [string, boolean][] = Array.from({ length: run % 4 }, () => [space.ids[Math.floor(random() * 4)]!, random() < 0.5]);
      answers.forEach(([id, correct]) => placement.record(id, correct));
      // Expected accuracy after asking c: both outcomes replayed on fresh placements.
      const expectedAfter = (c: string) => {
        const pM = placement.probabilities().get(c)!;
        const pCorrect = pM * 0.85 + (1 - pM) * 0.25;
        return [true, false].reduce((sum, outcome) => {
          const copy = new Placement(space, options);
          answers.forEach(([id, correct]) => copy.record(id, correct));
          copy.record(c, outcome);
          return sum + (outcome ? pCorrect : 1 - pCorrect) * copy.expectedAccuracy();
        }, 0);
      };
      const best = Math.max(...space.ids.map(expectedAfter));
      const asked = placement.nextQuestion()!.skillId;
      expect(expectedAfter(asked)).toBeCloseTo(best, 9);
    }
  });

  it("'entropy' asks the skill leaving the least expected entropy over the skills, by brute force", () => {
    const options = { guess: 0.25, slip: 0.15, criterion: 'entropy' as const, confidence: 1 };
    const entropy = (p: number) => (p <= 0 || p >= 1 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p)));
    const random = seededRandom(9);
    for (let run = 0; run < 10; run++) {
      const placement = new Placement(space, options);
      const answers: [string, boolean][] = Array.from({ length: run % 4 }, () => [space.ids[Math.floor(random() * 4)]!, random() < 0.5]);
      answers.forEach(([id, correct]) => placement.record(id, correct));
      const entropyAfter = (c: string) => {
        const pM = placement.probabilities().get(c)!;
        const pCorrect = pM * 0.85 + (1 - pM) * 0.25;
        return [true, false].reduce((sum, outcome) => {
          const copy = new Placement(space, options);
          answers.forEach(([id, correct]) => copy.record(id, correct));
          copy.record(c, outcome);
          const total = [...copy.probabilities().values()].reduce((t, p) => t + entropy(p), 0);
          return sum + (outcome ? pCorrect : 1 - pCorrect) * total;
        }, 0);
      };
      const best = Math.min(...space.ids.map(entropyAfter));
      expect(entropyAfter(placement.nextQuestion()!.skillId)).toBeCloseTo(best, 9);
    }
  });

  it('stops at the question limit', () => {
    const placement = new Placement(space, { guess: 0.45, slip: 0.45, maxQuestions: 3, minInformation: 0 });
    for (let q = placement.nextQuestion(); q; q = placement.nextQuestion()) placement.record(q.skillId, q.pMastered < 0.5);
    expect(placement.questionsAsked).toBe(3);
  });
});

describe('fitPrior', () => {
  it('matches the requested mastery chances under the prerequisite rule', () => {
    const space = buildKnowledgeSpace(graph);
    const chances = new Map([['a', 0.8], ['b', 0.5], ['c', 0.2], ['d', 0.3]]);
    const placement = new Placement(space, { prior: fitPrior(space, chances, 200) });
    for (const [id, p] of chances) expect(placement.probabilities().get(id)).toBeCloseTo(p, 2);
  });

  it('can be shipped as per-skill log-odds: priorFromLogOdds rebuilds the same prior', () => {
    const space = buildKnowledgeSpace(graph);
    const chances = new Map([['a', 0.8], ['b', 0.5], ['c', 0.2], ['d', 0.3]]);
    const { weights, logOdds } = fitPriorWithLogOdds(space, chances, 200);
    const rebuilt = priorFromLogOdds(space, new Map(space.ids.map((id, s) => [id, logOdds[s]!])));
    const total = weights.reduce((sum, w) => sum + w, 0);
    weights.forEach((w, i) => expect(rebuilt[i]).toBeCloseTo(w / total, 9));
  });
});

describe('ability levels', () => {
  const space = buildKnowledgeSpace(graph);

  it('keep the first answer exact: P(correct | mastered) averages to 1 - slip over the levels', () => {
    const plain = new Placement(space, { guess: 0.2, slip: 0.1 });
    const withAbility = new Placement(space, { guess: 0.2, slip: 0.1, abilitySpread: 1 });
    plain.record('c', true);
    withAbility.record('c', true);
    for (const id of space.ids) expect(withAbility.probabilities().get(id)).toBeCloseTo(plain.probabilities().get(id)!, 6);
  });

  it('discount a second correct answer: a strong learner may have guessed both', () => {
    const plain = new Placement(space, { guess: 0.2, slip: 0.1 });
    const withAbility = new Placement(space, { guess: 0.2, slip: 0.1, abilitySpread: 1.5 });
    for (const placement of [plain, withAbility]) {
      placement.record('c', true);
      placement.record('d', true);
    }
    // Correlated answers carry less independent evidence of mastery than independent ones.
    expect(withAbility.probabilities().get('d')!).toBeLessThan(plain.probabilities().get('d')!);
    expect(withAbility.probabilities().get('d')!).toBeGreaterThan(new Placement(space).probabilities().get('d')!);
  });
});
