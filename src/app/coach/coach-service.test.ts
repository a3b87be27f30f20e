import { describe, expect, it } from 'vitest';
import type { JsonValue, Learner, SkillState } from '../../data/records.ts';
import { DEFAULT_LOCKOUT_POLICY } from './coach-pin.ts';
import {
  COACH_LOCKOUT_SETTING,
  CoachPinService,
  INACTIVE_DAYS_SETTING,
  buildCoachReport,
  directoryOf,
  readInactiveDays,
  saveInactiveDays,
  type LearnerHistory,
  type SettingsStore,
} from './coach-service.ts';
import { COACH_PIN_SETTING } from './household.ts';

function memoryStore(initial: Record<string, JsonValue> = {}): SettingsStore & { data: Map<string, JsonValue> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (name) => (data.has(name) ? structuredClone(data.get(name) as JsonValue) : null),
    set: async (name, value) => void data.set(name, structuredClone(value)),
  };
}

describe('CoachPinService', () => {
  it('sets the first PIN only, stores a hash (never the PIN) and unlocks with it', async () => {
    const store = memoryStore();
    const pins = new CoachPinService(store);
    expect(await pins.status()).toEqual({ hasPin: false, locked: false, waitMs: 0, failures: 0 });
    expect(await pins.unlock('2468')).toEqual({ outcome: 'no-pin' });
    expect(await pins.setFirstPin('12', '12')).toEqual({ ok: false, problem: 'too-short' });
    expect(await pins.setFirstPin('2468', '2469')).toEqual({ ok: false, problem: 'mismatch' });
    expect(store.data.has(COACH_PIN_SETTING)).toBe(false);
    expect(await pins.setFirstPin('2468', '2468')).toEqual({ ok: true });
    expect(JSON.stringify(store.data.get(COACH_PIN_SETTING))).not.toContain('2468');
    // A second "first PIN" would let anyone replace the coach's PIN.
    expect(await pins.setFirstPin('1111', '1111')).toEqual({ ok: false, problem: 'already-set' });
    expect((await pins.unlock('2468')).outcome).toBe('unlocked');
    expect((await pins.unlock('1111')).outcome).toBe('wrong-pin');
  });

  it('locks after five wrong tries with a growing delay that survives a new service (a reload)', async () => {
    let now = Date.UTC(2026, 10, 2, 9);
    const store = memoryStore();
    await new CoachPinService(store).setFirstPin('2468', '2468');
    const clock = () => now;
    let pins = new CoachPinService(store, { clock });
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = await pins.unlock('0000');
      expect(result).toMatchObject({ outcome: 'wrong-pin', waitMs: 0 });
    }
    const fifth = await pins.unlock('0000');
    expect(fifth).toMatchObject({ outcome: 'wrong-pin', waitMs: DEFAULT_LOCKOUT_POLICY.firstDelayMs });
    expect(store.data.get(COACH_LOCKOUT_SETTING)).toEqual({ failures: 5, lockedUntil: now + DEFAULT_LOCKOUT_POLICY.firstDelayMs });

    // A reload: a fresh service reads the stored lockout.
    pins = new CoachPinService(store, { clock });
    expect(await pins.status()).toEqual({ hasPin: true, locked: true, waitMs: DEFAULT_LOCKOUT_POLICY.firstDelayMs, failures: 5 });
    // While locked even the right PIN is not checked, and the try is not counted.
    expect(await pins.unlock('2468')).toMatchObject({ outcome: 'locked' });
    expect((await pins.status()).failures).toBe(5);

    now += DEFAULT_LOCKOUT_POLICY.firstDelayMs;
    const sixth = await pins.unlock('0000');
    expect(sixth).toMatchObject({ outcome: 'wrong-pin', waitMs: DEFAULT_LOCKOUT_POLICY.firstDelayMs * 2 });
    now += DEFAULT_LOCKOUT_POLICY.firstDelayMs * 2;
    expect((await pins.unlock('2468')).outcome).toBe('unlocked');
    expect(await pins.status()).toEqual({ hasPin: true, locked: false, waitMs: 0, failures: 0 });
  });
});

describe('inactivity threshold setting', () => {
  it('defaults to 3 days and keeps only whole days from 1 to 60', async () => {
    const store = memoryStore();
    expect(await readInactiveDays(store)).toBe(3);
    expect(await saveInactiveDays(store, 5)).toBe(true);
    expect(await readInactiveDays(store)).toBe(5);
    for (const bad of [0, -1, 2.5, 61, Number.NaN]) expect(await saveInactiveDays(store, bad)).toBe(false);
    expect(store.data.get(INACTIVE_DAYS_SETTING)).toBe(5);
    store.data.set(INACTIVE_DAYS_SETTING, 'seven');
    expect(await readInactiveDays(store)).toBe(3);
  });
});

describe('buildCoachReport', () => {
  const now = new Date(2026, 10, 20, 18).getTime();
  const dayAt = (daysAgo: number, hour = 10) => new Date(2026, 10, 20 - daysAgo, hour).getTime();
  const learner = (id: string, createdDaysAgo = 60): Learner => ({
    id,
    displayName: id.toUpperCase(),
    avatar: 'fox',
    ageBand: '8-10',
    language: 'en',
    createdAt: dayAt(createdDaysAgo),
  });
  const state = (skillId: string, estimate: number, masteryLevel: SkillState['masteryLevel']): SkillState => ({
    id: skillId,
    learnerId: 'x',
    skillId,
    packId: 'fractions',
    estimate,
    masteryLevel,
    evidence: { attempts: 5, correct: 2 },
    reviewCard: null,
    updatedAt: dayAt(0, 9),
  });
  const history = (changes: Partial<LearnerHistory> & { learner: Learner }): LearnerHistory => ({
    attempts: [],
    lastAnswerAt: null,
    skills: [],
    goals: [],
    reviewSessionIds: new Set(),
    estimates: [],
    ...changes,
  });
  const directory = directoryOf([
    {
      id: 'fractions',
      title: 'Fractions',
      skills: [
        { id: 'unit', name: 'Unit fractions', prerequisites: [] },
        { id: 'compare', name: 'Comparing fractions', prerequisites: ['unit'] },
      ],
    },
  ]);

  it('finds a stuck learner, points to the weak prerequisite, and reports who practised today', () => {
    const wrong = Array.from({ length: 5 }, (_, index) => ({
      packId: 'fractions',
      skillId: 'compare',
      correct: false,
      hintsUsed: 0,
      durationMs: 30_000,
      answeredAt: dayAt(0, 10) + index * 60_000,
      sessionId: null,
    }));
    const report = buildCoachReport(
      [
        history({ learner: learner('ana'), attempts: wrong, lastAnswerAt: wrong[4].answeredAt, skills: [state('unit', 0.4, 'practising'), state('compare', 0.3, 'practising')] }),
        history({ learner: learner('ben') }),
      ],
      now,
      { inactiveDays: 3 },
      directory,
    );
    expect(report.overview.map((row) => [row.learnerId, row.practisedToday, row.minutesToday])).toEqual([
      ['ana', true, 3],
      ['ben', false, 0],
    ]);
    expect(report.alerts.map(({ learnerId, alert }) => [learnerId, alert.kind, alert.skillId, alert.action])).toEqual([
      ['ana', 'stuck', 'compare', { kind: 'assign-review', skillId: 'unit' }],
      ['ben', 'inactive', null, { kind: 'check-in' }],
    ]);
  });

  it('uses the coach threshold and the last answer even before the loaded window', () => {
    const lastAnswerAt = dayAt(20);
    const only = history({ learner: learner('cai'), lastAnswerAt });
    const strict = buildCoachReport([only], now, { inactiveDays: 25 });
    expect(strict.alerts).toEqual([]);
    const lenient = buildCoachReport([only], now, { inactiveDays: 10 });
    expect(lenient.alerts[0].alert).toMatchObject({ kind: 'inactive', evidence: { daysSincePractice: 20 } });
  });

  it('sees sliding from the estimate history and the current skill state', () => {
    const report = buildCoachReport(
      [
        history({
          learner: learner('dee'),
          lastAnswerAt: dayAt(0),
          skills: [state('unit', 0.45, 'familiar')],
          estimates: [{ skillId: 'unit', at: dayAt(30), estimate: 0.9 }],
        }),
      ],
      now,
      { inactiveDays: 3 },
      directory,
    );
    expect(report.alerts.map(({ alert }) => alert)).toEqual([
      {
        kind: 'sliding',
        skillId: 'unit',
        evidence: { estimateFrom: 0.9, estimateTo: 0.45, failedReviews: 0, reviews: 0 },
        action: { kind: 'assign-review', skillId: 'unit' },
      },
    ]);
  });

  it('names skills and subjects from the packs, falling back to ids', () => {
    expect(directory.skillName('compare')).toBe('Comparing fractions');
    expect(directory.skillName('missing')).toBe('missing');
    expect(directory.subjectOfPack('fractions')).toBe('Fractions');
    expect(directory.prerequisites('compare')).toEqual(['unit']);
  });
});
