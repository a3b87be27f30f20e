import { describe, expect, it } from 'vitest';
import { expectedResponse } from '../../content/items/check.ts';
import type { SkillState } from '../../data/records.ts';
import type { SkillPredictor } from './mastery.ts';
import { PracticeSession } from './practice-session.ts';
import { predictorPracticeModel } from './practice-model.ts';
import { cardForNewlyMastered } from './review.ts';
import { DAY, T0, countingPredictor, startSession, testPack } from './testing/session-fixtures.ts';

// Levels across sessions (the evidence rule as the session applies it) and spaced reviews.
describe('PracticeSession levels and reviews', () => {
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

});
