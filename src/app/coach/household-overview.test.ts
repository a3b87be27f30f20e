import { describe, expect, it } from 'vitest';
import { addDays, type GoalSpec, type PaceAttempt, type SkillSnapshot } from '../goals/index.ts';
import { householdOverview, learnerOverview, type LearnerActivity } from './household-overview.ts';

const NOW = new Date(2026, 10, 12, 19, 30).getTime();
const TODAY = '2026-11-12';
const at = (daysAgo: number, hour = 10) => new Date(2026, 10, 12 - daysAgo, hour).getTime();

function practice(daysAgo: number, answers: number, secondsEach: number): PaceAttempt[] {
  return Array.from({ length: answers }, (_, index) => ({ answeredAt: at(daysAgo) + index * 1000, durationMs: secondsEach * 1000 }));
}

const learner = (id: string, createdDaysAgo = 60) => ({ id, displayName: id.toUpperCase(), avatar: `fox-${id}`, createdAt: at(createdDaysAgo, 8) });
const skills: SkillSnapshot[] = [
  { skillId: 'a', estimate: null, masteryLevel: 'mastered', masteredAt: at(2) },
  { skillId: 'b', estimate: null, masteryLevel: 'not-started', masteredAt: null },
];
const goal = (id: string, skillIds: string[], targetDaysAhead: number | null): GoalSpec => ({
  id,
  target: { kind: 'skills', skillIds },
  targetAt: targetDaysAhead === null ? null : at(-targetDaysAhead),
  completedAt: null,
});

const household: LearnerActivity[] = [
  {
    learner: learner('ana'),
    // 20 minutes today, 10 two days ago, 10 six days ago, and 30 eight days ago (last week).
    attempts: [...practice(0, 10, 120), ...practice(2, 5, 120), ...practice(6, 5, 120), ...practice(8, 10, 180)],
    skills,
    goals: [goal('done-first-in-input', ['a'], 5), goal('open', ['a', 'b'], 30)],
  },
  // Two days of practice, so his pace is known (MIN_PACE_EVIDENCE).
  { learner: learner('ben'), attempts: [...practice(9, 10, 60), ...practice(10, 10, 60)], skills: [], goals: [goal('ben-goal', ['b'], 3)] },
  { learner: learner('cleo', 1), attempts: [], skills: [], goals: [] },
  // Answers too quick to add up to a minute still mean Dev practised today, and show as 1 minute (never 0).
  { learner: learner('dev'), attempts: practice(0, 3, 5), skills: [], goals: [] },
];

describe('householdOverview', () => {
  const overview = householdOverview(household, NOW);

  it.each([
    ['ana', { practisedToday: true, minutesToday: 20, daysPractisedThisWeek: 3, minutesThisWeek: 40, lastPracticeDay: TODAY }],
    ['ben', { practisedToday: false, minutesToday: 0, daysPractisedThisWeek: 0, minutesThisWeek: 0, lastPracticeDay: addDays(TODAY, -9) }],
    ['cleo', { practisedToday: false, minutesToday: 0, daysPractisedThisWeek: 0, minutesThisWeek: 0, lastPracticeDay: null }],
    ['dev', { practisedToday: true, minutesToday: 1, daysPractisedThisWeek: 1, minutesThisWeek: 1, lastPracticeDay: TODAY }],
  ])('%s', (id, expected) => {
    expect(overview.find((row) => row.learnerId === id)).toMatchObject(expected);
  });

  it('keeps the household order and each learner’s own name and avatar', () => {
    expect(overview.map((row) => [row.learnerId, row.displayName, row.avatar])).toEqual([
      ['ana', 'ANA', 'fox-ana'],
      ['ben', 'BEN', 'fox-ben'],
      ['cleo', 'CLEO', 'fox-cleo'],
      ['dev', 'DEV', 'fox-dev'],
    ]);
  });

  it('projects each goal from that learner’s own pace, open goals first', () => {
    const ana = overview[0];
    expect(ana.goals.map((projection) => [projection.goalId, projection.status])).toEqual([
      ['open', 'on-track'],
      ['done-first-in-input', 'done'],
    ]);
    // Ana: 70 minutes over 30 answers in the 14-day pace window (last week's included), and
    // skill b needs the default 12 items.
    const open = ana.goals[0];
    expect(open.progress).toBe(0.5);
    expect(open.minutesNeeded).toBeCloseTo(12 * (70 / 30), 5);
    // Ben: 20 one-minute answers 9 and 10 days ago is 20/14 minutes a day; 12 minutes needed take 9 days.
    expect(overview[1].goals[0]).toMatchObject({ goalId: 'ben-goal', status: 'behind', projectedDay: addDays(TODAY, 9) });
    // With a one-week pace window his old practice no longer counts, and there is no projection.
    const shortWindow = householdOverview(household, NOW, { paceWindowDays: 7 });
    expect(shortWindow[1].goals[0]).toMatchObject({ status: 'behind', projectedDay: null });
  });

  it('ignores answers stamped after now (a clock set forward)', () => {
    const future = { ...household[2], attempts: practice(-1, 5, 60) };
    expect(learnerOverview(future, NOW)).toMatchObject({ practisedToday: false, minutesThisWeek: 0, lastPracticeDay: null });
  });
});
