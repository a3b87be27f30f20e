import { describe, expect, it } from 'vitest';
import { localDay } from '../../data/day.ts';
import type { Goal, MasteryLevel, SkillState } from '../../data/records.ts';
import type { PaceAttempt } from './goal-projection.ts';
import {
  activityOfDays,
  paceSamplesOfDays,
  dueAtOfDay,
  formatDay,
  goalDraftProblem,
  goalSpecOf,
  goalPaceText,
  goalStatusText,
  goalSuggestionText,
  masteredByDay,
  nextCredentials,
  projectLearnerGoals,
  streakLength,
  type GoalDraft,
} from './goals-service.ts';

// 18:00 local time on 10 March 2026 (local constructors, so any time zone gives the same days).
const NOW = new Date(2026, 2, 10, 18, 0).getTime();
const at = (daysAgo: number, hour = 10) => new Date(2026, 2, 10 - daysAgo, hour).getTime();
const dayAgo = (daysAgo: number) => localDay(at(daysAgo));
const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/** `items` answers of `minutesEach` minutes on each of the given days ago. */
function history(daysAgo: number[], items: number, minutesEach: number): PaceAttempt[] {
  return daysAgo.flatMap((ago) => range(items).map((index) => ({ answeredAt: at(ago, 8 + index / 10), durationMs: minutesEach * 60_000 })));
}

function state(skillId: string, masteryLevel: MasteryLevel, estimate = 0.5, updatedAt = at(3)): SkillState {
  return { id: skillId, learnerId: 'me', skillId, packId: 'p', estimate, masteryLevel, evidence: { attempts: 3, correct: 2 }, reviewCard: null, updatedAt };
}

function goal(fields: Partial<Goal>): Goal {
  return {
    id: 'g',
    learnerId: 'me',
    kind: 'skills',
    title: 'A goal',
    packId: 'p',
    credentialKey: null,
    skillIds: [],
    targetLevel: 'mastered',
    minutesPerDay: null,
    dueAt: null,
    setBy: 'learner',
    createdAt: at(20),
    completedAt: null,
    ...fields,
  };
}

// 10 minutes a day (5 answers of 2 minutes) on each of the last 14 days, today included.
const STEADY = history(range(14), 5, 2);
const STATES = [state('a', 'not-started', 0.2), state('b', 'not-started', 0.2), state('c', 'proficient', 0.85), state('d', 'mastered', 0.97)];

interface Case {
  name: string;
  goal: Goal;
  attempts: PaceAttempt[];
  status: string;
  progress: number;
  words: string;
}

const CASES: Case[] = [
  {
    name: 'a habit met by the pace',
    goal: goal({ kind: 'minutes', packId: null, minutesPerDay: 10 }),
    attempts: STEADY,
    status: 'On track',
    progress: 1,
    words: 'Keep going at your current pace.',
  },
  {
    name: 'a habit above the pace asks for the difference, in steps of 5',
    goal: goal({ kind: 'minutes', packId: null, minutesPerDay: 22 }),
    attempts: STEADY,
    status: 'Behind',
    progress: 10 / 22,
    words: '15 more minutes a day keeps you on track.',
  },
  {
    // Two not-started skills whose estimate (0.2) gives the 40-item cap each: 80 items x 2 minutes
    // = 160 minutes, 16 days at 10 minutes a day.
    name: 'skills with a far target date are on track',
    goal: goal({ skillIds: ['a', 'b'], dueAt: at(-30) }),
    attempts: STEADY,
    status: 'On track',
    progress: 0,
    words: 'At your current pace you reach it by March 26, 2026.',
  },
  {
    name: 'skills with a near target date are behind, with the minutes that reach it',
    goal: goal({ skillIds: ['a', 'b', 'd'], dueAt: at(-8) }),
    attempts: STEADY,
    status: 'Behind',
    progress: 1 / 3,
    // 160 minutes in 8 days is 20 a day: 10 more.
    words: '10 more minutes a day reaches it by March 18, 2026.',
  },
  {
    name: 'a target beyond a sensible pace moves the date instead',
    goal: goal({ skillIds: ['a', 'b'], dueAt: at(-1) }),
    attempts: STEADY,
    status: 'Behind',
    progress: 0,
    words: 'At 10 minutes a day you reach it by March 26, 2026; consider moving the target date.',
  },
  {
    name: 'no practice yet: too early to project a date, and it says so',
    goal: goal({ skillIds: ['a'] }),
    attempts: [],
    status: 'Just started',
    progress: 0,
    words: 'It is too early to say when you will reach it: after a few more answers, on more than one day, Wayfind can estimate a date.',
  },
  {
    name: 'two answers on one day are no pace to promise a date by',
    goal: goal({ skillIds: ['a'], dueAt: at(-30) }),
    attempts: history([0], 2, 2),
    status: 'Just started',
    progress: 0,
    words: 'It is too early to say when you will reach it: after a few more answers, on more than one day, Wayfind can estimate a date.',
  },
  {
    name: 'a lower target level counts a proficient skill as reached',
    goal: goal({ skillIds: ['c'], targetLevel: 'proficient' }),
    attempts: STEADY,
    status: 'Reached',
    progress: 1,
    words: 'Goal reached on March 7, 2026.',
  },
  {
    name: 'a credential whose skills are mastered is reached',
    goal: goal({ kind: 'credential', credentialKey: 'cred', skillIds: ['d'] }),
    attempts: STEADY,
    status: 'Reached',
    progress: 1,
    words: 'Goal reached on March 7, 2026.',
  },
];

describe('projectLearnerGoals on constructed histories', () => {
  for (const testCase of CASES) {
    it(testCase.name, () => {
      const [result] = projectLearnerGoals({ goals: [testCase.goal], states: STATES, attempts: testCase.attempts, since: at(60) }, NOW);
      expect(goalStatusText(result!.projection)).toBe(testCase.status);
      expect(result!.projection.progress).toBeCloseTo(testCase.progress, 5);
      expect(goalSuggestionText(result!.projection, 'en-US')).toBe(testCase.words);
    });
  }

  it('says where the current pace leads when a mastery goal is behind', () => {
    const [behind] = projectLearnerGoals({ goals: [goal({ skillIds: ['a', 'b'], dueAt: at(-8) })], states: STATES, attempts: STEADY, since: null }, NOW);
    expect(goalPaceText(behind!.projection, 'en-US')).toBe('At your current pace you reach it by March 26, 2026.');
    const [idle] = projectLearnerGoals({ goals: [goal({ skillIds: ['a'], dueAt: at(-8) })], states: STATES, attempts: history([20, 21], 10, 2), since: null }, NOW);
    expect(goalPaceText(idle!.projection, 'en-US')).toBe('No practice in the last two weeks, so no date yet at your current pace.');
    const [habit] = projectLearnerGoals({ goals: [goal({ kind: 'minutes', minutesPerDay: 30 })], states: STATES, attempts: STEADY, since: null }, NOW);
    expect(goalPaceText(habit!.projection, 'en-US')).toBe(null);
  });

  it('lists open goals before reached ones, otherwise in the given order', () => {
    const goals = [goal({ id: 'done', skillIds: ['d'] }), goal({ id: 'open-1', skillIds: ['a'] }), goal({ id: 'open-2', skillIds: ['b'] })];
    const result = projectLearnerGoals({ goals, states: STATES, attempts: STEADY, since: null }, NOW);
    expect(result.map((entry) => entry.goal.id)).toEqual(['open-1', 'open-2', 'done']);
  });

  it('words dates in the given language', () => {
    expect(formatDay('2026-05-03', 'en-US')).toBe('May 3, 2026');
    expect(formatDay('2026-05-03', 'es')).toBe('3 de mayo de 2026');
  });
});

describe('goalDraftProblem', () => {
  const base: GoalDraft = { kind: 'skills', packId: 'p', credentialKey: null, skillIds: ['a'], minutesPerDay: null, dueDay: null };
  const table: Array<[string, Partial<GoalDraft>, string | null]> = [
    ['a skills goal with a skill', {}, null],
    ['a skills goal without skills', { skillIds: [] }, 'Choose at least one skill.'],
    ['a credential goal without a credential', { kind: 'credential' }, 'Choose the credential to earn.'],
    ['minutes that are not whole', { kind: 'minutes', minutesPerDay: 2.5 }, 'Enter whole minutes a day, from 1 to 240.'],
    ['zero minutes', { kind: 'minutes', minutesPerDay: 0 }, 'Enter whole minutes a day, from 1 to 240.'],
    ['minutes with a date today', { kind: 'minutes', minutesPerDay: 20, dueDay: dayAgo(0) }, null],
    ['a date in the past', { dueDay: dayAgo(1) }, 'The target date has passed. Choose today or a later date.'],
    ['a date that is not a date', { dueDay: '2026-3-1' }, 'Enter the target date as a full date.'],
  ];
  for (const [name, change, expected] of table) {
    it(name, () => expect(goalDraftProblem({ ...base, ...change }, NOW)).toBe(expected));
  }

  it('stores a target date as the end of that local day', () => {
    expect(localDay(dueAtOfDay('2026-05-03'))).toBe('2026-05-03');
    expect(new Date(dueAtOfDay('2026-05-03')).getHours()).toBe(23);
  });
});

describe('progress figures', () => {
  it('counts a streak back from today, or from yesterday before today’s practice', () => {
    expect(streakLength([dayAgo(0), dayAgo(1), dayAgo(2), dayAgo(4)], NOW)).toBe(3);
    expect(streakLength([dayAgo(1), dayAgo(2)], NOW)).toBe(2);
    expect(streakLength([dayAgo(2), dayAgo(3)], NOW)).toBe(0);
    expect(streakLength([], NOW)).toBe(0);
  });

  it('turns day rows into minutes and accuracy, with no accuracy on a day without answers', () => {
    const days = activityOfDays([
      { day: dayAgo(2), attempts: 4, correct: 3, durationMs: 150_000 },
      { day: dayAgo(1), attempts: 0, correct: 0, durationMs: 0 },
    ]);
    expect(days).toEqual([
      { day: dayAgo(2), attempts: 4, correct: 3, minutes: 2.5, accuracy: 0.75 },
      { day: dayAgo(1), attempts: 0, correct: 0, minutes: 0, accuracy: null },
    ]);
  });

  it('turns day rows into pace samples that measure the same pace as the answers', () => {
    const samples = paceSamplesOfDays([
      { day: dayAgo(1), attempts: 5, durationMs: 10 * 60_000 },
      { day: dayAgo(0), attempts: 0, durationMs: 0 },
    ]);
    expect(samples.length).toBe(5);
    expect(samples.every((sample) => localDay(sample.answeredAt) === dayAgo(1) && sample.durationMs === 120_000)).toBe(true);
    const fromSamples = projectLearnerGoals({ goals: [goal({ skillIds: ['a'] })], states: STATES, attempts: paceSamplesOfDays([{ day: dayAgo(3), attempts: 5, durationMs: 600_000 }]), since: null }, NOW);
    const fromAnswers = projectLearnerGoals({ goals: [goal({ skillIds: ['a'] })], states: STATES, attempts: history([3], 5, 2), since: null }, NOW);
    expect(fromSamples[0]!.projection).toEqual(fromAnswers[0]!.projection);
  });

  it('counts skills mastered at the end of each day, from level changes', () => {
    const event = (skillId: string, daysAgo: number, fromLevel: MasteryLevel, toLevel: MasteryLevel, hour = 10) => ({ skillId, at: at(daysAgo, hour), fromLevel, toLevel });
    const events = [
      event('a', 10, 'proficient', 'mastered'),
      event('b', 2, 'proficient', 'mastered'),
      event('a', 1, 'mastered', 'proficient'),
      // Given out of order: the later change of the day wins.
      event('c', 0, 'familiar', 'mastered', 11),
      event('c', 0, 'practising', 'familiar', 9),
    ];
    expect(masteredByDay(events, NOW, 4).map((entry) => entry.mastered)).toEqual([1, 2, 1, 2]);
  });

  it('ranks the credentials still to earn by the share of skills at their level (levels, not estimates)', () => {
    const states = [state('a', 'mastered', 0.3), state('b', 'proficient', 0.97), state('c', 'proficient', 0.9)];
    const targets = [
      { packId: 'p', credentialKey: 'one', name: 'One', skillIds: ['a', 'b'], level: 'mastered' as const },
      { packId: 'p', credentialKey: 'two', name: 'Two', skillIds: ['a', 'c'], level: 'mastered' as const },
      { packId: 'p', credentialKey: 'three', name: 'Three', skillIds: ['b'], level: 'mastered' as const },
    ];
    const next = nextCredentials(targets, states, [{ packId: 'p', credentialKey: 'two' }]);
    expect(next.map((entry) => [entry.credentialKey, entry.met])).toEqual([['one', 1], ['three', 0]]);
  });

});

describe('goalSpecOf', () => {
  const base: Goal = {
    id: 'g',
    learnerId: 'ana',
    kind: 'skills',
    title: 'Fractions badge',
    packId: 'fractions',
    credentialKey: null,
    skillIds: ['a', 'b'],
    targetLevel: 'mastered',
    minutesPerDay: null,
    dueAt: 5,
    setBy: 'learner',
    createdAt: 1,
    completedAt: null,
  };
  const cases: [string, Partial<Goal>, unknown][] = [
    ['a set of skills', {}, { kind: 'skills', skillIds: ['a', 'b'] }],
    ['a credential', { kind: 'credential', credentialKey: 'c1' }, { kind: 'credential', achievementName: 'Fractions badge', skillIds: ['a', 'b'] }],
    ['minutes a day', { kind: 'minutes', minutesPerDay: 20, skillIds: [] }, { kind: 'daily-minutes', minutesPerDay: 20 }],
  ];
  for (const [name, changes, target] of cases) {
    it(`reads ${name}`, () => {
      expect(goalSpecOf({ ...base, ...changes })).toEqual({ id: 'g', target, targetAt: 5, completedAt: null });
    });
  }
});
