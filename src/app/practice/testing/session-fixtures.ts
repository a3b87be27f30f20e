/**
 * What the practice-session tests share: a three-skill pack (halves <- quarters <- eighths), a
 * transparent stand-in model, a clock the test moves, and a session started on the in-memory store.
 */
import type { Pack } from '../../../content/schema.ts';
import { minimalPack } from '../../../content/testing/minimal-pack.ts';
import type { SkillState } from '../../../data/records.ts';
import type { SkillPredictor } from '../mastery.ts';
import { PracticeSession } from '../practice-session.ts';
import { memoryPracticeStore } from '../memory-practice-store.ts';
import { predictorPracticeModel } from '../practice-model.ts';

export const DAY = 86_400_000;
export const T0 = new Date(2026, 2, 10, 9).getTime();

/** Three pack skills: halves <- quarters <- eighths; plus fixed items on halves and quarters. */
export function testPack(): Pack {
  const pack = minimalPack();
  const lesson = (pack.skills[0] as { lesson: unknown }).lesson;
  pack.skills.push({ id: 'eighths', name: 'Eighths', description: 'Eighths.', prerequisites: ['quarters'], lesson });
  pack.items.push(
    { id: 'h2', skill: 'halves', type: 'multiple-choice', stem: 'Which is half?', choices: [{ id: 'a', text: '1/2' }, { id: 'b', text: '2/1', feedback: 'Upside down.' }], correct: ['a'], hints: ['One of two.', 'Top is 1.'], solution: 'It is 1/2.' },
    { id: 'h3', skill: 'halves', type: 'numeric', stem: 'Half of 10?', answer: 5, hints: ['Split 10.', '10 / 2.'], solution: '5' },
    { id: 'e1', skill: 'eighths', type: 'fraction', stem: 'Half of a quarter?', answer: '1/8', hints: ['Halve.', '1/8.'], solution: '1/8' },
  );
  return pack as unknown as Pack;
}

/** Predicted success rises 0.2 per unaided correct answer on a skill (a transparent stand-in model). */
export const countingPredictor: SkillPredictor = {
  predict(history) {
    const map = new Map<string, number>([['halves', 0.5], ['quarters', 0.5], ['eighths', 0.5]]);
    for (const a of history) map.set(a.skillId, Math.min(0.99, Math.max(0.05, (map.get(a.skillId) ?? 0.5) + (a.correct ? 0.2 : -0.1))));
    return map;
  },
};

export function clock(start = T0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

export async function startSession(overrides: Partial<Parameters<typeof PracticeSession.start>[0]> = {}, seed: { states?: SkillState[] } = {}) {
  const store = memoryPracticeStore(seed);
  const time = clock();
  const session = await PracticeSession.start({
    store,
    pack: testPack(),
    learnerId: 'ada',
    model: predictorPracticeModel(countingPredictor, 'test'),
    now: time.now,
    seed: 7,
    ...overrides,
  });
  return { store, session, time };
}
