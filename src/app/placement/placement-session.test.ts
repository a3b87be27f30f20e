import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedResponse, type Item, type LearnerResponse, type Pack } from '../../content/index.ts';
import { PlacementSession } from './placement-session.ts';
import { parsePlacementCalibration } from './placement-calibration.ts';
import { DEFAULT_PLACEMENT_OPTIONS } from './placement.ts';

const fractions = JSON.parse(readFileSync(new URL('../../../content/packs/fractions-3-6.json', import.meta.url), 'utf8')) as Pack;

const item = (id: string, skill: string, answer: number): Item => ({
  id, skill, type: 'numeric', stem: `${id}?`, answer, hints: ['a', 'b'], solution: String(answer),
});

/** a <- b <- c, two items each. */
const tiny: Pack = {
  ...fractions,
  id: 'tiny',
  version: '1.0.0',
  skills: [
    { ...fractions.skills[0]!, id: 'a', name: 'A', prerequisites: [] },
    { ...fractions.skills[0]!, id: 'b', name: 'B', prerequisites: ['a'] },
    { ...fractions.skills[0]!, id: 'c', name: 'C', prerequisites: ['b'] },
  ],
  items: ['a', 'b', 'c'].flatMap((s) => [item(`${s}1`, s, 1), item(`${s}2`, s, 2)]),
  generators: [],
  credentials: [],
  stacks: [],
};

/** A readable answer that is wrong, whatever the item type. */
function wrongResponse(item: Item): LearnerResponse {
  switch (item.type) {
    case 'numeric': return String(item.answer + 1000);
    case 'fraction': return '9999/7';
    case 'multiple-choice': return [item.choices.find((c) => !item.correct.includes(c.id))!.id];
    case 'short-text': return 'zzzz qqqq';
    case 'ordering': return [...item.correctOrder].reverse();
    case 'formula': return '=0';
  }
}

/** Answers every question as a learner who knows exactly `known` would (no slips, no guesses). */
function run(session: PlacementSession, known: (skillId: string) => boolean): string[] {
  const asked: string[] = [];
  for (let step = session.next(); step; step = session.next()) {
    asked.push(step.item.id);
    const right = expectedResponse(step.item);
    const result = session.answer(known(step.item.skill) ? right : wrongResponse(step.item));
    if (result.unreadable) throw new Error(`unreadable answer to ${step.item.id}`);
  }
  return asked;
}

describe('PlacementSession', () => {
  it('asks real items of the skill Placement chooses, never the same item twice', () => {
    const session = new PlacementSession(tiny, { seed: 3 });
    const asked = run(session, () => true);
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked).size).toBe(asked.length);
    expect(session.questionsAsked).toBe(asked.length);
  });

  it('marks what a learner who knows everything knows as proficient from placement, never mastered', () => {
    const session = new PlacementSession(tiny, { seed: 1 });
    run(session, () => true);
    const results = session.results();
    expect(Object.fromEntries(results.map((r) => [r.skillId, r.masteryLevel]))).toEqual({ a: 'proficient', b: 'proficient', c: 'proficient' });
    expect(results.every((r) => r.placed === true)).toBe(true);
  });

  it('places only skills answered right or implied by one through the graph', () => {
    const session = new PlacementSession(fractions, { seed: 3 });
    const rightAnswers = new Set<string>();
    // A learner who gets every other question right: placement may not claim beyond what they showed.
    let n = 0;
    run(session, (id) => {
      const correct = n++ % 2 === 0;
      if (correct) rightAnswers.add(id);
      return correct;
    });
    const implied = new Set<string>();
    const visit = (id: string): void => {
      if (implied.has(id)) return;
      implied.add(id);
      fractions.skills.find((s) => s.id === id)!.prerequisites.forEach(visit);
    };
    rightAnswers.forEach(visit);
    for (const result of session.results()) {
      expect(result.masteryLevel).not.toBe('mastered');
      if (result.placed) expect(implied.has(result.skillId)).toBe(true);
    }
  }, 60_000);

  it('masters nothing for a learner who knows nothing, and marks what it asked as started', () => {
    const session = new PlacementSession(tiny, { seed: 1 });
    const asked = new Set(run(session, () => false).map((id) => id[0]));
    for (const result of session.results()) {
      expect(result.masteryLevel).toBe(asked.has(result.skillId) ? 'practising' : 'not-started');
      expect(result.estimate).toBeGreaterThan(0);
      expect(result.estimate).toBeLessThan(0.5);
    }
  });

  it('never lowers a level earned in practice (only a failed review does)', () => {
    const session = new PlacementSession(tiny, { seed: 1 });
    run(session, () => false);
    const existing = new Map([['a', 'familiar'], ['b', 'mastered']] as const);
    const levels = Object.fromEntries(session.results(existing).map((r) => [r.skillId, r.masteryLevel]));
    expect(levels.a).toBe('familiar');
    expect(levels.b).toBe('mastered');
  });

  it('ignores an unreadable answer: the same question waits', () => {
    const session = new PlacementSession(tiny, { seed: 1 });
    const step = session.next()!;
    const result = session.answer('twelve');
    expect(result.unreadable).toBe(true);
    expect(session.questionsAsked).toBe(0);
    expect(session.next()).toBe(step);
  });

  it('refuses an answer when no question is waiting', () => {
    expect(() => new PlacementSession(tiny).answer('1')).toThrow(/no placement question/);
  });

  it('places a Fractions learner who knows the first half of the graph, with generated items, within the question limit', () => {
    const knownSkills = new Set<string>();
    const know = (id: string): void => {
      if (knownSkills.has(id)) return;
      knownSkills.add(id);
      fractions.skills.find((s) => s.id === id)!.prerequisites.forEach(know);
    };
    fractions.skills.slice(0, 12).forEach((skill) => know(skill.id));
    const session = new PlacementSession(fractions, { seed: 7 });
    const asked = run(session, (id) => knownSkills.has(id));
    expect(asked.length).toBeLessThanOrEqual(DEFAULT_PLACEMENT_OPTIONS.maxQuestions);
    const results = session.results();
    const right = results.filter((r) => (r.placed === true) === knownSkills.has(r.skillId)).length;
    expect(right / results.length).toBeGreaterThanOrEqual(0.85);
    // Nothing unknown is claimed.
    expect(results.filter((r) => r.placed && !knownSkills.has(r.skillId))).toEqual([]);
    const mastered = new Set(results.filter((r) => r.placed).map((r) => r.skillId));
    for (const skill of fractions.skills) if (mastered.has(skill.id)) for (const p of skill.prerequisites) expect(mastered.has(p)).toBe(true);
  }, 60_000);

  it('places nothing as mastered for a Fractions learner who knows nothing, first skills included', () => {
    const session = new PlacementSession(fractions, { seed: 11 });
    const asked = run(session, () => false);
    expect(asked.length).toBeLessThanOrEqual(DEFAULT_PLACEMENT_OPTIONS.maxQuestions);
    expect(session.results().filter((r) => r.masteryLevel === 'mastered')).toEqual([]);
  }, 60_000);

  it('uses the pack\'s shipped calibration: its per-skill noise shapes the estimates, and it still places the learner', () => {
    const calibration = parsePlacementCalibration(JSON.parse(readFileSync(new URL('../../../models/packs/fractions-3-6/placement.json', import.meta.url), 'utf8')), fractions);
    const knownSkills = new Set(['unit-fractions', 'fractions-of-a-whole']);
    const session = new PlacementSession(fractions, { seed: 5, calibration });
    const asked = run(session, (id) => knownSkills.has(id));
    expect(asked.length).toBeLessThanOrEqual(DEFAULT_PLACEMENT_OPTIONS.maxQuestions);
    const results = session.results();
    const right = results.filter((r) => (r.placed === true) === knownSkills.has(r.skillId)).length;
    expect(right / results.length).toBeGreaterThanOrEqual(0.85);
    // A skill judged not mastered is estimated near its own calibrated guess, not the textbook 0.2.
    const deepest = results.find((r) => r.skillId === 'divide-fractions-word-problems')!;
    expect(deepest.masteryLevel).toBe('not-started');
    expect(deepest.estimate).toBeCloseTo(calibration.skills['divide-fractions-word-problems']!.guess, 1);
  }, 60_000);
});
