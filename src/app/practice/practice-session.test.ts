import { describe, expect, it } from 'vitest';
import { expectedResponse } from '../../content/items/check.ts';
import { localDay } from '../../data/day.ts';
import { AnswerGuard } from '../shell/index.ts';
import { REFLECTION_PROMPT } from './practice-session.ts';
import { countsAsCorrect } from './practice-model.ts';
import { DAY, T0, startSession } from './testing/session-fixtures.ts';

// Choosing, answering, help and the session's summary. Levels across sessions and reviews:
// practice-session-levels.test.ts.
describe('PracticeSession', () => {
  it('offers only skills whose prerequisites are met, and a lesson before a new skill', async () => {
    const { session } = await startSession();
    const first = session.next()!;
    expect(first.skill.id).toBe('halves');
    expect(first.firstOfSkill).toBe(true);
    expect(first.why.kind).toBe('practice');
    expect(session.session.startedAt).toBe(T0);
  });

  it("chooses by the model's look-ahead for the goal (goal gain), refreshed after every answer", async () => {
    const { session } = await startSession();
    const first = session.next()!;
    // No goal on the pack: the gain follows every unmastered skill. The stand-in model moves only
    // the answered skill (+0.2 right, -0.1 wrong) of 3 unmastered ones: 0.5 * 0.2/3 + 0.5 * -0.1/3.
    expect(first.why).toMatchObject({ kind: 'practice', gainFor: 'map', score: { answers: 0 } });
    const gain = first.why.kind === 'practice' ? first.why.score.gain : null;
    expect(gain).toBeCloseTo(0.05 / 3, 10);
    await session.answer(expectedResponse(first.item));
    const second = session.next()!;
    // Halves now predicts 0.7: a right answer is likelier, so its gain grows; and it has 1 answer.
    expect(second.why).toMatchObject({ kind: 'practice', score: { skillId: 'halves', answers: 1 } });
    const after = second.why.kind === 'practice' ? second.why.score.gain! : NaN;
    expect(after).toBeCloseTo((0.7 * 0.2 + 0.3 * -0.1) / 3, 10);
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


  it('summarises the session: items, accuracy, skills that moved up, time, reviews and streak', async () => {
    const { session, store, time } = await startSession();
    store.attempts.push(
      { id: 'old1', learnerId: 'ada', packId: 'other', itemId: 'x', skillId: 'x', skillIds: ['x'], response: 'x', correct: true, hintsUsed: 0, durationMs: 1, startedAt: T0 - DAY, answeredAt: T0 - DAY, sessionId: null, day: localDay(T0 - DAY) },
      { id: 'old2', learnerId: 'ada', packId: 'other', itemId: 'x', skillId: 'x', skillIds: ['x'], response: 'x', correct: true, hintsUsed: 0, durationMs: 1, startedAt: T0 - 3 * DAY, answeredAt: T0 - 3 * DAY, sessionId: null, day: localDay(T0 - 3 * DAY) },
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
