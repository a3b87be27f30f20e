import { describe, expect, it } from 'vitest';
import type { Pack } from '../../content/schema.ts';
import { expectedResponse } from '../../content/items/check.ts';
import { minimalPack } from '../../content/testing/minimal-pack.ts';
import type { SkillState } from '../../data/records.ts';
import { AnswerGuard } from '../shell/index.ts';
import type { SkillPredictor } from './mastery.ts';
import { PracticeSession, REFLECTION_PROMPT } from './practice-session.ts';
import { memoryPracticeStore } from './memory-practice-store.ts';
import { countsAsCorrect, predictorPracticeModel } from './practice-model.ts';
import { practiceStreak } from './streak.ts';
import { buildItemPool } from './item-pool.ts';
import { cardForNewlyMastered } from './review.ts';

const DAY = 86_400_000;
const T0 = new Date(2026, 2, 10, 9).getTime();

/** Three pack skills: halves <- quarters <- eighths; plus fixed items on halves and quarters. */
function testPack(): Pack {
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
const countingPredictor: SkillPredictor = {
  predict(history) {
    const map = new Map<string, number>([['halves', 0.5], ['quarters', 0.5], ['eighths', 0.5]]);
    for (const a of history) map.set(a.skillId, Math.min(0.99, Math.max(0.05, (map.get(a.skillId) ?? 0.5) + (a.correct ? 0.2 : -0.1))));
    return map;
  },
};

function clock(start = T0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function startSession(overrides: Partial<Parameters<typeof PracticeSession.start>[0]> = {}, seed: { states?: SkillState[] } = {}) {
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

describe('PracticeSession', () => {
  it('offers only skills whose prerequisites are mastered, and a lesson before a new skill', async () => {
    const { session } = await startSession();
    const first = session.next()!;
    expect(first.skill.id).toBe('halves');
    expect(first.firstOfSkill).toBe(true);
    expect(first.why.kind).toBe('practice');
    expect(session.session.startedAt).toBe(T0);
  });

  it("honours the learner's choice from the map whatever its prerequisites", async () => {
    const { session } = await startSession({ learnerChoice: 'eighths' });
    const first = session.next()!;
    expect(first.skill.id).toBe('eighths');
    expect(first.why).toMatchObject({ kind: 'learner-choice', prerequisitesMastered: false });
  });

  it('ignores a choice that is not a skill of the pack', async () => {
    const { session } = await startSession({ learnerChoice: 'nope' });
    expect(session.next()!.skill.id).toBe('halves');
  });

  it('counts reading the feedback as practice time, but not a long absence', async () => {
    const { session, store, time } = await startSession();
    let shown = session.next()!;
    time.advance(5000);
    await session.answer(expectedResponse(shown.item));
    // Twenty seconds reading the feedback, then the next item: 20 s + 3 s of practice.
    time.advance(20_000);
    shown = session.next()!;
    time.advance(3000);
    await session.answer(expectedResponse(shown.item));
    // Away for an hour: the time starts again with the item.
    time.advance(3_600_000);
    shown = session.next()!;
    time.advance(2000);
    await session.answer(expectedResponse(shown.item));
    expect(store.attempts.map((attempt) => attempt.durationMs)).toEqual([5000, 23_000, 2000]);
  });

  it('stores the answer, with estimate and level, before the feedback is returned', async () => {
    const { session, store, time } = await startSession();
    const shown = session.next()!;
    let release!: () => void;
    store.gate = new Promise((resolve) => (release = resolve));
    time.advance(4000);
    let settled = false;
    const pending = session.answer(expectedResponse(shown.item)).then((outcome) => {
      settled = true;
      return outcome;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    expect(store.attempts).toHaveLength(0);
    release();
    const outcome = await pending;
    expect(outcome).toMatchObject({ stored: true, correct: true, previousLevel: 'not-started', level: 'familiar' });
    expect(store.attempts).toHaveLength(1);
    expect(store.attempts[0]).toMatchObject({ learnerId: 'ada', packId: 'tiny', itemId: shown.item.id, skillId: 'halves', correct: true, hintsUsed: 0, durationMs: 4000, sessionId: session.session.id });
    expect(store.states.find((s) => s.skillId === 'halves')).toMatchObject({ masteryLevel: 'familiar', estimate: 0.7 });
    expect(store.causes).toEqual(['answer']);
  });

  it('gives the misconception message for a known wrong answer and the expected answer', async () => {
    const { session } = await startSession({ learnerChoice: 'halves' });
    let shown = session.next()!;
    while (shown.item.id !== 'h2') {
      await session.answer(expectedResponse(shown.item));
      shown = session.next()!;
    }
    const outcome = await session.answer(['b']);
    expect(outcome).toMatchObject({ stored: true, correct: false, feedback: 'Upside down.', misconception: true, expected: ['a'] });
  });

  it('changes nothing for an unreadable answer', async () => {
    const { session, store } = await startSession();
    const shown = session.next()!;
    expect(shown.item.type).toBe('fraction');
    const outcome = await session.answer('3/0');
    expect(outcome.stored).toBe(false);
    expect(store.attempts).toHaveLength(0);
    expect((await session.answer('1/2')).stored).toBe(true);
  });

  it('shows hints one at a time, then the worked solution, and records their use', async () => {
    const { session, store } = await startSession();
    const shown = session.next()!;
    expect(session.revealHint()).toEqual({ hints: ['Two equal parts.'], solution: null, more: true });
    expect(session.revealHint()).toEqual({ hints: ['Two equal parts.', 'One of two.'], solution: null, more: true });
    expect(session.revealHint()).toEqual({ hints: ['Two equal parts.', 'One of two.'], solution: '$\\tfrac{1}{2}$', more: false });
    expect(session.revealHint().more).toBe(false);
    const outcome = await session.answer(expectedResponse(shown.item));
    expect(store.attempts[0]!.hintsUsed).toBe(3);
    // The model counts a hinted answer as not yet shown alone: the estimate does not rise.
    expect(outcome).toMatchObject({ stored: true, correct: true, predicted: 0.4 });
    expect(countsAsCorrect({ correct: true, hintsUsed: 1 })).toBe(false);
  });

  it('never repeats an item within a session and mixes skills once several are ready', async () => {
    const { session } = await startSession();
    const seen: string[] = [];
    const skills: string[] = [];
    for (let i = 0; i < 14; i++) {
      const shown = session.next();
      if (!shown) break;
      seen.push(shown.item.id);
      skills.push(shown.skill.id);
      await session.answer(expectedResponse(shown.item));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(skills[0]).toBe('halves');
    // Halves reaches proficient (2 correct on 2 items) and rests: mastery needs another session.
    // Quarters and later eighths open, since a prerequisite is met at proficient.
    expect(skills).toContain('quarters');
    expect(skills).toContain('eighths');
    expect(session.levelOf('halves')).toBe('proficient');
  });

  it('masters a skill only across two sessions, and the learner\'s choice stays on it until then', async () => {
    const { session, store, time } = await startSession({ learnerChoice: 'quarters' });
    for (let i = 0; i < 6; i++) {
      const shown = session.next()!;
      expect(shown.skill.id).toBe('quarters');
      expect(shown.why).toMatchObject({ kind: 'learner-choice', missingPrerequisites: ['halves'] });
      await session.answer(expectedResponse(shown.item));
    }
    expect(session.levelOf('quarters')).toBe('proficient');
    expect(session.learnerChoice).toBe('quarters');
    await session.end();
    time.advance(DAY);
    const second = await PracticeSession.start({ store, pack: testPack(), learnerId: 'ada', model: predictorPracticeModel(countingPredictor, 'test'), now: time.now, seed: 8, learnerChoice: 'quarters' });
    const shown = second.next()!;
    expect(shown.skill.id).toBe('quarters');
    const outcome = await second.answer(expectedResponse(shown.item));
    expect(outcome).toMatchObject({ stored: true, level: 'mastered', change: 'up' });
    expect(second.learnerChoice).toBeUndefined();
  });

  it('keeps the estimate with each answer, so a dip under the line after the run reached it does not undo the evidence', async () => {
    // Halves: 0.2 + 0.1 a right answer in the first four answers (0.6 after four, over the 0.5
    // line), then 0.4 from the fifth answer on, as if other skills' answers had pulled it down.
    const dipping: SkillPredictor = {
      predict(history) {
        const right = history.filter((a) => a.skillId === 'halves' && a.correct).length;
        return new Map([['halves', history.length <= 4 ? 0.2 + 0.1 * right : 0.4], ['quarters', 0.5], ['eighths', 0.5]]);
      },
    };
    const { store, session, time } = await startSession({ model: predictorPracticeModel(dipping, 'test'), learnerChoice: 'halves' });
    for (let i = 0; i < 4; i++) {
      const shown = session.next()!;
      expect(shown.skill.id).toBe('halves');
      await session.answer(expectedResponse(shown.item));
    }
    expect(store.attempts.map((a) => a.estimate?.toFixed(2))).toEqual(['0.30', '0.40', '0.50', '0.60']);
    expect(session.levelOf('halves')).toBe('proficient');
    await session.end();
    time.advance(DAY);
    const second = await PracticeSession.start({ store, pack: testPack(), learnerId: 'ada', model: predictorPracticeModel(dipping, 'test'), now: time.now, seed: 8, learnerChoice: 'halves' });
    const shown = second.next()!;
    const outcome = await second.answer(expectedResponse(shown.item));
    expect(outcome).toMatchObject({ stored: true, level: 'mastered', change: 'up', predicted: 0.4 });
    // A wrong answer ends the run: the next run has to reach the line again.
    time.advance(DAY);
    const third = await PracticeSession.start({ store, pack: testPack(), learnerId: 'ada', model: predictorPracticeModel(dipping, 'test'), now: time.now, seed: 9, learnerChoice: 'halves' });
    expect(third.next()?.skill.id).toBe('halves');
    let wrong = await third.answer('nonsense-that-is-wrong');
    if (!wrong.stored) wrong = await third.answer('0');
    expect(wrong).toMatchObject({ stored: true, correct: false, level: 'proficient', change: 'review-failed' });
    for (let i = 0; i < 3; i++) {
      const next = third.next()!;
      expect(next.skill.id).toBe('halves');
      await third.answer(expectedResponse(next.item));
      expect(third.levelOf('halves')).toBe('proficient');
    }
  });

  it('never moves a level against the answer, never runs dry, and is caught up only when all is mastered', async () => {
    const { store, time } = await startSession();
    const order = ['not-started', 'practising', 'familiar', 'proficient', 'mastered'];
    let answers = 0;
    for (let sitting = 0; sitting < 6; sitting++) {
      const session = await PracticeSession.start({ store, pack: testPack(), learnerId: 'ada', model: predictorPracticeModel(countingPredictor, 'test'), now: time.now, seed: sitting });
      for (let i = 0; i < 12; i++) {
        const shown = session.next();
        if (!shown) {
          expect(session.caughtUp()).toBe(true);
          break;
        }
        // Every fourth answer is wrong.
        const right = answers++ % 4 !== 3;
        const outcome = await session.answer(right ? expectedResponse(shown.item) : 'nonsense-that-is-wrong');
        if (!outcome.stored) {
          await session.answer(right ? expectedResponse(shown.item) : '0');
          continue;
        }
        const moved = order.indexOf(outcome.level) - order.indexOf(outcome.previousLevel);
        if (outcome.correct) expect(moved).toBeGreaterThanOrEqual(0);
        else if (outcome.previousLevel !== 'not-started') expect(moved).toBeLessThanOrEqual(0);
      }
      await session.end();
      time.advance(DAY);
    }
    const final = await PracticeSession.start({ store, pack: testPack(), learnerId: 'ada', model: predictorPracticeModel(countingPredictor, 'test'), now: time.now, seed: 99 });
    if (final.next() === null) expect(['halves', 'quarters', 'eighths'].every((id) => final.levelOf(id) === 'mastered')).toBe(true);
  });

  it('marks the answer guard busy from showing an item until its answer is stored', async () => {
    const guard = new AnswerGuard();
    const { session } = await startSession({ guard });
    expect(guard.busy).toBe(false);
    const shown = session.next()!;
    expect(guard.busy).toBe(true);
    await session.answer('3/0');
    expect(guard.busy).toBe(true);
    await session.answer(expectedResponse(shown.item));
    expect(guard.busy).toBe(false);
    session.next();
    expect(guard.busy).toBe(true);
    await session.end();
    expect(guard.busy).toBe(false);
  });

  it('mixes in due reviews, stores them as reviews and reschedules their card', async () => {
    const card = cardForNewlyMastered(T0 - 30 * DAY);
    const mastered: SkillState = {
      id: 's1', learnerId: 'ada', skillId: 'halves', packId: 'tiny', estimate: 0.97, masteryLevel: 'mastered',
      evidence: { attempts: 4, correct: 4 }, reviewCard: card, updatedAt: T0 - 30 * DAY,
    };
    const { session, store } = await startSession({}, { states: [mastered] });
    const shown = session.next()!;
    expect(shown.review).toBe(true);
    expect(shown.skill.id).toBe('halves');
    await session.answer('2/3');
    expect(store.causes).toEqual(['review']);
    const state = store.states.find((s) => s.skillId === 'halves')!;
    // A failed review moves the skill back one level and brings the card back soon.
    expect(state.masteryLevel).toBe('proficient');
    expect((state.reviewCard as { lapses: number }).lapses).toBe(1);
    const second = session.next()!;
    expect(second.review).toBe(false);
    const summary = await session.end();
    expect(summary.reviewsDone).toBe(1);
  });

  it('summarises the session: items, accuracy, skills that moved up, time, reviews and streak', async () => {
    const { session, store, time } = await startSession();
    store.attempts.push(
      { id: 'old1', learnerId: 'ada', packId: 'other', itemId: 'x', skillId: 'x', skillIds: ['x'], response: 'x', correct: true, hintsUsed: 0, durationMs: 1, startedAt: T0 - DAY, answeredAt: T0 - DAY, sessionId: null, day: dayOf(T0 - DAY) },
      { id: 'old2', learnerId: 'ada', packId: 'other', itemId: 'x', skillId: 'x', skillIds: ['x'], response: 'x', correct: true, hintsUsed: 0, durationMs: 1, startedAt: T0 - 3 * DAY, answeredAt: T0 - 3 * DAY, sessionId: null, day: dayOf(T0 - 3 * DAY) },
    );
    const first = session.next()!;
    time.advance(10_000);
    await session.answer(expectedResponse(first.item));
    const second = session.next()!;
    time.advance(20_000);
    await session.answer(second.item.type === 'multiple-choice' ? ['b'] : '99');
    const summary = await session.end();
    expect(summary).toMatchObject({ items: 2, correct: 1, accuracy: 0.5, durationMs: 30_000, reviewsDone: 0, streakDays: 2 });
    expect(summary.movedUp).toEqual([{ skillId: 'halves', name: 'Halves', from: 'not-started', to: session.levelOf('halves') }]);
    expect(store.sessions[0]).toMatchObject({ endedAt: T0 + 30_000, attemptCount: 2 });
    expect(await session.end()).toBe(summary);
    expect(session.next()).toBeNull();
  });

  it('saves a one-line reflection as a private journal entry', async () => {
    const { session, store } = await startSession();
    await session.end();
    expect(await session.saveReflection('   ')).toBe(false);
    expect(await session.saveReflection('Quarters\nare halves of halves ')).toBe(true);
    expect(store.journal).toEqual([
      expect.objectContaining({ learnerId: 'ada', text: 'Quarters are halves of halves', prompt: REFLECTION_PROMPT, sessionId: session.session.id, inPortfolio: false, sharedWithCoach: false }),
    ]);
  });
});

describe('buildItemPool', () => {
  it('puts items the learner answered longest ago last, and generates instances on demand', () => {
    const pack = testPack();
    const pool = buildItemPool(pack, { seed: 1, lastAnsweredAt: new Map([['h1', T0]]), instancesPerGenerator: 3 });
    const halves = pool.itemsBySkill.get('halves')!;
    expect(halves).toEqual(['h0', 'h2', 'h3', 'h1']);
    const quarters = pool.itemsBySkill.get('quarters')!;
    expect(quarters).toHaveLength(3);
    expect(pool.item(quarters[0]!)).toMatchObject({ id: quarters[0], skill: 'quarters' });
    expect(pool.item('missing')).toBeUndefined();
    // More on demand: fresh seeds, new ids, for generated skills only.
    expect(pool.extend('quarters')).toBe(true);
    const more = pool.itemsBySkill.get('quarters')!;
    expect(more).toHaveLength(6);
    expect(new Set(more).size).toBe(6);
    expect(pool.extend('eighths')).toBe(false);
  });
});

describe('practiceStreak', () => {
  const today = new Date(2026, 2, 10, 15).getTime();
  it.each([
    [[], 0],
    [['2026-03-10'], 1],
    [['2026-03-10', '2026-03-09', '2026-03-08'], 3],
    [['2026-03-09', '2026-03-08'], 2],
    [['2026-03-10', '2026-03-08'], 1],
    [['2026-03-07'], 0],
  ] as [string[], number][])('%j -> %i', (days, streak) => {
    expect(practiceStreak(days, today)).toBe(streak);
  });
});

function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
