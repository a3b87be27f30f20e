import { expect } from '@open-wc/testing';
import { recordAnswer } from '../../data/attempts.ts';
import type { WayfindDb } from '../../data/db.ts';
import { createLearner } from '../../data/learners.ts';
import { startSession } from '../../data/sessions.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { loadCoachReport, loadLearnerHistory } from './coach-service.ts';

let database: WayfindDb | undefined;
afterEach(async () => {
  await database?.delete();
  database = undefined;
});

const DAY = 86_400_000;

describe('coach report from a real IndexedDB', () => {
  it('reads each learner’s own history and finds stuck, sliding (failed reviews) and inactive learners', async () => {
    const db = (database = uniqueTestDb('coach-report'));
    // A fixed evening, so "today" never straddles midnight whenever the test runs.
    const now = new Date(2026, 5, 15, 18).getTime();
    const ada = await createLearner(db, { displayName: 'Ada', avatar: 'fox', ageBand: '8-10', language: 'en' }, now - 30 * DAY);
    const ben = await createLearner(db, { displayName: 'Ben', avatar: 'owl', ageBand: '8-10', language: 'en' }, now - 30 * DAY);
    const answer = (learnerId: string, skillId: string, correct: boolean, answeredAt: number, sessionId: string | null = null) =>
      recordAnswer(
        db,
        { learnerId, packId: 'p', itemId: 'i', skillId, skillIds: [skillId], response: 'x', correct, hintsUsed: 0, durationMs: 30_000, startedAt: answeredAt - 30_000, answeredAt, sessionId },
        [{ skillId, packId: 'p', estimate: correct ? 0.8 : 0.3, masteryLevel: 'practising' }],
        { cause: sessionId ? 'review' : 'answer' },
      );
    // Ada: five wrong in a row on "compare" in the last hour, and two failed reviews of "unit".
    for (let index = 0; index < 5; index++) await answer(ada.id, 'compare', false, now - 60 * 60_000 + index * 60_000);
    const review = await startSession(db, { learnerId: ada.id, kind: 'review', packId: 'p' }, now - 2 * 60 * 60_000);
    await answer(ada.id, 'unit', false, now - 2 * 60 * 60_000 + 1000, review.id);
    await answer(ada.id, 'unit', false, now - 2 * 60 * 60_000 + 2000, review.id);
    // Ben: practised well 20 days ago, nothing since.
    for (let index = 0; index < 3; index++) await answer(ben.id, 'unit', true, now - 20 * DAY + index * 60_000);

    const adaHistory = await loadLearnerHistory(db, ada, now);
    expect(adaHistory.attempts.length).to.equal(7);
    expect(adaHistory.reviewSessionIds).to.deep.equal(new Set([review.id]));
    const benHistory = await loadLearnerHistory(db, ben, now);
    // Ben's answers lie before the window: none loaded, but the last one is known.
    expect(benHistory.attempts.length).to.equal(0);
    expect(benHistory.lastAnswerAt).to.equal(now - 20 * DAY + 2 * 60_000);
    expect(benHistory.skills.every((state) => state.learnerId === ben.id)).to.equal(true);

    const report = await loadCoachReport(db, [ada, ben], now);
    expect(report.inactiveDays).to.equal(3);
    expect(report.alerts.map(({ learnerId, alert }) => [learnerId === ada.id ? 'ada' : 'ben', alert.kind, alert.skillId])).to.deep.equal([
      ['ada', 'stuck', 'compare'],
      ['ada', 'sliding', 'unit'],
      ['ben', 'inactive', null],
    ]);
    expect(report.overview.map((row) => [row.displayName, row.practisedToday])).to.deep.equal([
      ['Ada', true],
      ['Ben', false],
    ]);
  });
});
