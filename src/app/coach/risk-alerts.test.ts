import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_THRESHOLDS, findRiskAlerts, type EstimatePoint, type RiskAttempt, type RiskInput } from './risk-alerts.ts';

const NOW = new Date(2026, 4, 20, 17, 0).getTime();
const at = (daysAgo: number, minute = 0) => new Date(2026, 4, 20 - daysAgo, 9, minute).getTime();

/** Answers on one skill, one a minute, from the pattern: 'x' wrong, 'o' right. */
function answers(skillId: string, pattern: string, daysAgo = 0, extra: Partial<RiskAttempt> = {}): RiskAttempt[] {
  return [...pattern].map((mark, index) => ({
    skillId,
    correct: mark === 'o',
    hintsUsed: 0,
    durationMs: 20_000,
    answeredAt: at(daysAgo, index),
    sessionId: null,
    ...extra,
  }));
}

const kinds = (input: RiskInput, thresholds = {}) => findRiskAlerts(input, thresholds).map((alert) => `${alert.kind}:${alert.skillId ?? '-'}`);

describe('stuck', () => {
  it.each([
    ['four wrong in a row', answers('frac', 'ooxxxx'), ['stuck:frac']],
    ['a run spread over two days', [...answers('frac', 'xx', 2), ...answers('frac', 'xx', 1)], ['stuck:frac']],
    ['NOT: three wrong in a row', answers('frac', 'oxxx'), []],
    ['NOT: the run ended with a right answer', answers('frac', 'xxxxxo'), []],
    ['NOT: failures spread across skills', [...answers('a', 'xx'), ...answers('b', 'xx', 0)], []],
    ['NOT: the run is older than the window', answers('frac', 'xxxxx', 20), []],
    ['two skills stuck, reported in id order', [...answers('z', 'xxxx'), ...answers('b', 'xxxxx')], ['stuck:b', 'stuck:z']],
  ])('%s', (_label, attempts, expected) => {
    expect(kinds({ now: NOW, attempts }).filter((kind) => kind.startsWith('stuck'))).toEqual(expected);
  });

  it('reports the run length and recommends a weak prerequisite first, else sitting together', () => {
    const attempts = [...answers('add', 'xxxxx'), ...answers('sub', 'xxxx')];
    const alerts = findRiskAlerts({ now: NOW, attempts, weakPrerequisites: (skill) => (skill === 'add' ? ['count'] : []) });
    expect(alerts).toEqual([
      { kind: 'stuck', skillId: 'add', evidence: { failuresInARow: 5, lastAttemptAt: at(0, 4) }, action: { kind: 'assign-review', skillId: 'count' } },
      { kind: 'stuck', skillId: 'sub', evidence: { failuresInARow: 4, lastAttemptAt: at(0, 3) }, action: { kind: 'sit-together', skillId: 'sub' } },
    ]);
  });

  it('follows a configured threshold', () => {
    expect(kinds({ now: NOW, attempts: answers('frac', 'xx') }, { stuckFailures: 2 })).toContain('stuck:frac');
  });
});

describe('sliding', () => {
  const point = (skillId: string, daysAgo: number, estimate: number): EstimatePoint => ({ skillId, at: at(daysAgo), estimate });
  const reviewIds = new Set(['r1']);
  const review = (skillId: string, pattern: string) => answers(skillId, pattern, 1, { sessionId: 'r1' });

  it.each([
    ['estimate fell 0.3 within the window', [point('dec', 10, 0.8), point('dec', 1, 0.5)], [], ['sliding:dec']],
    ['fall measured from the last reading before the window', [point('dec', 30, 0.9), point('dec', 2, 0.7)], [], ['sliding:dec']],
    ['reviews failing: 2 of 3', [], review('dec', 'xox'), ['sliding:dec']],
    ['NOT: a small wobble', [point('dec', 10, 0.8), point('dec', 1, 0.7)], [], []],
    ['NOT: the estimate rose', [point('dec', 10, 0.4), point('dec', 1, 0.8)], [], []],
    ['NOT: the fall happened before the window', [point('dec', 40, 0.9), point('dec', 30, 0.4)], [], []],
    ['NOT: one failed review of three', [], review('dec', 'oxo'), []],
    ['NOT: failed answers outside review sessions', [], answers('dec', 'xxx', 1, { sessionId: 'p1' }), []],
  ])('%s', (_label, estimates, attempts, expected) => {
    const found = kinds({ now: NOW, attempts, estimates, reviewSessionIds: reviewIds }).filter((kind) => kind.startsWith('sliding'));
    expect(found).toEqual(expected);
  });

  it('gives the evidence and recommends reviewing the skill', () => {
    const alerts = findRiskAlerts({
      now: NOW,
      attempts: review('dec', 'xx'),
      estimates: [point('dec', 9, 0.75), point('dec', 1, 0.5)],
      reviewSessionIds: reviewIds,
    });
    expect(alerts).toEqual([
      {
        kind: 'sliding',
        skillId: 'dec',
        evidence: { estimateFrom: 0.75, estimateTo: 0.5, failedReviews: 2, reviews: 2 },
        action: { kind: 'assign-review', skillId: 'dec' },
      },
    ]);
  });
});

describe('inactive', () => {
  it.each([
    ['last practice 3 days ago, N = 3', answers('a', 'o', 3), null, 3, 3],
    ['last practice 10 days ago, N = 7', answers('a', 'o', 10), null, 7, 10],
    ['never practised, profile made 5 days ago', [], at(5), 3, 5],
    ['NOT: practised yesterday', answers('a', 'o', 1), null, 3, null],
    ['NOT: 3 days ago but the coach allows 4', answers('a', 'o', 3), null, 4, null],
    ['NOT: a new profile made today', [], at(0), 3, null],
    ['NOT: nothing to measure from', [], null, 3, null],
  ])('%s', (_label, attempts, createdAt, inactiveDays, expectedDays) => {
    const alerts = findRiskAlerts({ now: NOW, attempts, learnerCreatedAt: createdAt }, { inactiveDays }).filter(
      (alert) => alert.kind === 'inactive',
    );
    if (expectedDays === null) expect(alerts).toEqual([]);
    else expect(alerts).toMatchObject([{ evidence: { daysSincePractice: expectedDays }, action: { kind: 'check-in' } }]);
  });

  it('names the last day of practice', () => {
    const [alert] = findRiskAlerts({ now: NOW, attempts: answers('a', 'o', 4) });
    expect(alert).toEqual({ kind: 'inactive', skillId: null, evidence: { daysSincePractice: 4, lastPracticeDay: '2026-05-16' }, action: { kind: 'check-in' } });
  });
});

describe('racing', () => {
  const fast = { durationMs: 1_500 };
  it.each([
    ['fast answers with hints', answers('a', 'oooooooooooo', 0, { ...fast, hintsUsed: 2 }), true],
    ['fast answers, mostly wrong (guessing)', answers('a', 'xxxxxxoooo', 0, fast), true],
    ['NOT: fast and right without hints (fluency)', answers('a', 'oooooooooooo', 0, fast), false],
    ['NOT: hints but taking time', answers('a', 'oxoxoxoxoxox', 0, { hintsUsed: 3 }), false],
    ['NOT: too few answers to judge', answers('a', 'xxxxx', 0, { ...fast, hintsUsed: 1 }), false],
    ['NOT: fast guessing long ago, careful answers lately', [...answers('a', 'xxxxxxxxxxxx', 20, fast), ...answers('a', 'oooooooooooo')], false],
  ])('%s', (_label, attempts, expected) => {
    const found = kinds({ now: NOW, attempts }, { stuckFailures: 99 }).includes('racing:-');
    expect(found).toBe(expected);
  });

  it('looks only at the latest answers and reports their shares and median time', () => {
    const careful = answers('a', 'oooooooooo', 1);
    const hurried = answers('a', 'xxxxxooooo', 0, { durationMs: 2_000, hintsUsed: 1 });
    const [alert] = findRiskAlerts({ now: NOW, attempts: [...hurried, ...careful] }, { racingRecentAnswers: 10, stuckFailures: 99 });
    expect(alert).toEqual({
      kind: 'racing',
      skillId: null,
      evidence: { answers: 10, fastShare: 1, hintShare: 1, wrongShare: 0.5, medianSeconds: 2 },
      action: { kind: 'slow-down' },
    });
  });
});

describe('findRiskAlerts', () => {
  it('is quiet for a steady learner', () => {
    const attempts = [0, 1, 2, 3].flatMap((day) => answers('a', 'ooxoo', day));
    expect(findRiskAlerts({ now: NOW, attempts, learnerCreatedAt: at(30) })).toEqual([]);
  });

  it('orders alerts stuck, sliding, racing, inactive', () => {
    const attempts = answers('a', 'xxxxxxxxxxxx', 5, { durationMs: 1_000 });
    const estimates = [{ skillId: 'a', at: at(9), estimate: 0.6 }, { skillId: 'a', at: at(5), estimate: 0.2 }];
    expect(kinds({ now: NOW, attempts, estimates })).toEqual(['stuck:a', 'sliding:a', 'racing:-', 'inactive:-']);
  });

  it('documents every default threshold as a positive number', () => {
    for (const value of Object.values(DEFAULT_RISK_THRESHOLDS)) expect(value).toBeGreaterThan(0);
  });
});
