/**
 * Coach mode's service: the PIN (set once, then unlock, with the lockout kept in household
 * settings so a reload does not reset it), the coach's settings, and the household report
 * (overview and at-risk alerts) built from each learner's recent history.
 *
 * The PIN and report logic live in coach-pin.ts, household-overview.ts and risk-alerts.ts; this
 * file wires them to storage. The pure parts take their inputs as arguments so Node tests run
 * them without a database.
 */
import type { WayfindDb } from '../../data/db.ts';
import { listGoals } from '../../data/goals.ts';
import {
  recentAttemptsSince,
  estimateHistory,
  lastAnswerAt,
  reviewSessionIdsSince,
  type HistoryAttempt,
} from '../../data/learner-history.ts';
import { listInstalledPacks } from '../../data/packs.ts';
import type { Goal, JsonValue, Learner, SkillState } from '../../data/records.ts';
import { getSetting, setSetting } from '../../data/settings.ts';
import { listSkillStates } from '../../data/skill-states.ts';
import {
  DEFAULT_LOCKOUT_POLICY,
  MIN_PIN_ITERATIONS,
  UNLOCKED,
  checkNewPin,
  hashPin,
  lockoutStatus,
  parseLockoutState,
  parsePinRecord,
  tryUnlock,
  type LockoutPolicy,
  type PinProblem,
  type UnlockResult,
} from './coach-pin.ts';
import { fetchBuiltInPack, readCatalog } from '../library/index.ts';
import { snapshotOf, type PaceAttempt } from '../goals/index.ts';
import { goalSpecOf, paceSamplesOfDays, projectLearnerGoals } from '../goals/index.ts';
import { dayTotals } from '../../data/dashboard-queries.ts';
import { COACH_PIN_SETTING } from './household.ts';
import { learnerOverview, type LearnerOverview } from './household-overview.ts';
import { DEFAULT_RISK_THRESHOLDS, findRiskAlerts, type EstimatePoint, type RiskAlert } from './risk-alerts.ts';

export const COACH_LOCKOUT_SETTING = 'coachLockout';
export const INACTIVE_DAYS_SETTING = 'coachInactiveDays';
export const MIN_INACTIVE_DAYS = 1;
export const MAX_INACTIVE_DAYS = 60;

/** Where coach settings live: household settings in the app, a Map in tests. */
export interface SettingsStore {
  get(name: string): Promise<JsonValue>;
  set(name: string, value: JsonValue): Promise<void>;
}

export function dbSettingsStore(db: WayfindDb): SettingsStore {
  return {
    get: (name) => getSetting<JsonValue>(db, name, null),
    set: (name, value) => setSetting(db, name, value),
  };
}

export interface PinStatus {
  hasPin: boolean;
  locked: boolean;
  /** Milliseconds until the next try is accepted (0 when not locked). */
  waitMs: number;
  failures: number;
}

export type SetPinResult = { ok: true } | { ok: false; problem: PinProblem | 'mismatch' | 'already-set' };
export type CoachUnlockResult = UnlockResult | { outcome: 'no-pin' };

export interface CoachPinOptions {
  clock?: () => number;
  policy?: LockoutPolicy;
  /** PBKDF2 cost (never below MIN_PIN_ITERATIONS). */
  iterations?: number;
}

/** The coach PIN on one device. */
export class CoachPinService {
  readonly #store: SettingsStore;
  readonly #clock: () => number;
  readonly #policy: LockoutPolicy;
  readonly #iterations: number;

  constructor(store: SettingsStore, options: CoachPinOptions = {}) {
    this.#store = store;
    this.#clock = options.clock ?? Date.now;
    this.#policy = options.policy ?? DEFAULT_LOCKOUT_POLICY;
    this.#iterations = options.iterations ?? MIN_PIN_ITERATIONS;
  }

  async status(): Promise<PinStatus> {
    const record = parsePinRecord(await this.#store.get(COACH_PIN_SETTING));
    const state = parseLockoutState(await this.#store.get(COACH_LOCKOUT_SETTING));
    const { locked, waitMs } = lockoutStatus(state, this.#clock(), this.#policy);
    return { hasPin: record !== null, locked, waitMs, failures: state.failures };
  }

  /**
   * Sets the PIN the first time. Refused once a PIN exists: otherwise anyone at the device could
   * replace the coach's PIN without knowing it.
   */
  async setFirstPin(pin: string, confirmation: string): Promise<SetPinResult> {
    if ((await this.#store.get(COACH_PIN_SETTING)) !== null) return { ok: false, problem: 'already-set' };
    const problem = checkNewPin(pin);
    if (problem) return { ok: false, problem };
    if (pin !== confirmation) return { ok: false, problem: 'mismatch' };
    const record = await hashPin(pin, this.#iterations);
    await this.#store.set(COACH_LOCKOUT_SETTING, { ...UNLOCKED });
    await this.#store.set(COACH_PIN_SETTING, { ...record });
    return { ok: true };
  }

  /** One try; the lockout state is stored before the answer is returned. */
  async unlock(pin: string): Promise<CoachUnlockResult> {
    const record = parsePinRecord(await this.#store.get(COACH_PIN_SETTING));
    if (!record) return { outcome: 'no-pin' };
    const state = parseLockoutState(await this.#store.get(COACH_LOCKOUT_SETTING));
    const result = await tryUnlock(pin, record, state, this.#clock, this.#policy);
    if (result.outcome !== 'locked') await this.#store.set(COACH_LOCKOUT_SETTING, { ...result.state });
    return result;
  }
}

/** The coach's inactivity threshold, or the default when never set or out of range. */
export async function readInactiveDays(store: SettingsStore): Promise<number> {
  const value = await store.get(INACTIVE_DAYS_SETTING);
  return typeof value === 'number' && checkInactiveDays(value) ? value : DEFAULT_RISK_THRESHOLDS.inactiveDays;
}

export function checkInactiveDays(days: number): boolean {
  return Number.isInteger(days) && days >= MIN_INACTIVE_DAYS && days <= MAX_INACTIVE_DAYS;
}

/** Stores the threshold; false (and nothing stored) when it is not a whole number of days in range. */
export async function saveInactiveDays(store: SettingsStore, days: number): Promise<boolean> {
  if (!checkInactiveDays(days)) return false;
  await store.set(INACTIVE_DAYS_SETTING, days);
  return true;
}

// ---------------------------------------------------------------------------------------------
// The household report

/** Names and prerequisites from the installed content packs; ids stand in when a pack is missing. */
export interface PackDirectory {
  skillName(skillId: string): string;
  prerequisites(skillId: string): readonly string[];
  subjectOfPack(packId: string): string;
}

export const EMPTY_DIRECTORY: PackDirectory = { skillName: (id) => id, prerequisites: () => [], subjectOfPack: (id) => id };

interface PackLike {
  id: string;
  title: string;
  l10n?: Record<string, { title?: string }>;
  skills: { id: string; name: string; prerequisites: readonly string[]; l10n?: Record<string, { name?: string }> }[];
}

export function directoryOf(packs: readonly PackLike[], locale = 'en'): PackDirectory {
  const names = new Map<string, string>();
  const prerequisites = new Map<string, readonly string[]>();
  const subjects = new Map<string, string>();
  for (const pack of packs) {
    subjects.set(pack.id, pack.l10n?.[locale]?.title ?? pack.title);
    for (const skill of pack.skills) {
      names.set(skill.id, skill.l10n?.[locale]?.name ?? skill.name);
      prerequisites.set(skill.id, skill.prerequisites);
    }
  }
  return {
    skillName: (id) => names.get(id) ?? id,
    prerequisites: (id) => prerequisites.get(id) ?? [],
    subjectOfPack: (id) => subjects.get(id) ?? id,
  };
}

/** Reads the built-in and imported packs (precached, so offline too). Unreadable packs are skipped. */
export async function loadPackDirectory(db: WayfindDb, locale = 'en'): Promise<PackDirectory> {
  const packs: PackLike[] = [];
  const imported = await listInstalledPacks(db).catch(() => []);
  for (const pack of imported) {
    try {
      if (pack.source) packs.push(JSON.parse(pack.source) as PackLike);
    } catch {
      // A damaged imported pack only costs its names here.
    }
  }
  try {
    const catalog = await readCatalog();
    const known = new Set(packs.map((pack) => pack.id));
    const builtIn = await Promise.all(
      catalog.filter((entry) => !known.has(entry.id)).map((entry) => fetchBuiltInPack(entry).catch(() => null)),
    );
    for (const pack of builtIn) if (pack) packs.push(pack as unknown as PackLike);
  } catch {
    // Offline before the first visit cached the catalog: ids stand in for names.
  }
  return directoryOf(packs, locale);
}

/** Everything the report reads about one learner (loadLearnerHistory fills it from the database). */
export interface LearnerHistory {
  learner: Learner;
  /** The newest answers in the report's window (at most ALERT_ATTEMPTS), oldest first: what the alerts read. */
  attempts: readonly HistoryAttempt[];
  /**
   * Practice time over the window, one sample per answer, for the overview's pace; built from the
   * per-day rows so that a busy learner's weeks of answers need not be read. Defaults to `attempts`.
   */
  paceAttempts?: readonly PaceAttempt[];
  /** The latest answer ever (it may lie before the window), or null. */
  lastAnswerAt: number | null;
  skills: readonly SkillState[];
  goals: readonly Goal[];
  reviewSessionIds: ReadonlySet<string>;
  estimates: readonly EstimatePoint[];
}

export interface LearnerAlert {
  learnerId: string;
  displayName: string;
  alert: RiskAlert;
}

export interface CoachReport {
  overview: LearnerOverview[];
  alerts: LearnerAlert[];
  /** Goal id -> title, to name the goals in the overview. */
  goalTitles: Record<string, string>;
}

/** Days of answers the report reads: the risk window and the pace window, whichever is longer. */
export const REPORT_WINDOW_DAYS = Math.max(DEFAULT_RISK_THRESHOLDS.windowDays, 14);
/** The alerts look at a learner's recent answers; this many is weeks of ordinary practice. */
export const ALERT_ATTEMPTS = 300;
/** Estimates are read from further back, so the window has a baseline to compare with. */
const ESTIMATE_LOOKBACK_DAYS = 90;
const DAY_MS = 86_400_000;

export function reportWindowStart(now: number): number {
  const today = new Date(now);
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() - (REPORT_WINDOW_DAYS - 1)).getTime();
}

/** The unmastered prerequisites of a skill, weakest first (for "review the prerequisite first"). */
export function weakPrerequisitesOf(skills: readonly SkillState[], directory: PackDirectory): (skillId: string) => string[] {
  const bySkill = new Map(skills.map((state) => [state.skillId, state]));
  return (skillId) =>
    directory
      .prerequisites(skillId)
      .filter((id) => bySkill.get(id)?.masteryLevel !== 'mastered')
      .sort((left, right) => (bySkill.get(left)?.estimate ?? 0) - (bySkill.get(right)?.estimate ?? 0));
}

/** The report from loaded histories: the overview in household order, alerts grouped by learner. */
export function buildCoachReport(
  histories: readonly LearnerHistory[],
  now: number,
  settings: { inactiveDays: number },
  directory: PackDirectory = EMPTY_DIRECTORY,
): CoachReport {
  const overview: LearnerOverview[] = [];
  const alerts: LearnerAlert[] = [];
  const goalTitles: Record<string, string> = {};
  for (const history of histories) {
    for (const goal of history.goals) goalTitles[goal.id] = goal.title;
    const snapshots = history.skills.map(snapshotOf);
    const paceAttempts = history.paceAttempts ?? history.attempts;
    const learnerRow = learnerOverview(
      { learner: history.learner, attempts: paceAttempts, skills: snapshots, goals: history.goals.map(goalSpecOf) },
      now,
      { paceWindowDays: REPORT_WINDOW_DAYS },
    );
    // Goals are projected as the learner's own pages project them, each at its own target level.
    const goals = projectLearnerGoals({ goals: history.goals, states: history.skills, attempts: paceAttempts, since: history.learner.createdAt }, now);
    overview.push({ ...learnerRow, goals: goals.map((progress) => progress.projection) });
    // The inactive rule needs the latest answer even when it lies before the loaded window; one
    // stand-in answer there is ignored by the windowed rules (stuck, sliding, racing).
    const attempts =
      history.lastAnswerAt !== null && !history.attempts.some((attempt) => attempt.answeredAt >= (history.lastAnswerAt as number))
        ? [{ skillId: '', correct: true, hintsUsed: 0, durationMs: 0, answeredAt: history.lastAnswerAt, sessionId: null }, ...history.attempts]
        : history.attempts;
    // The current estimate of each skill is its latest reading; skill events add the earlier ones.
    const estimates = [...history.estimates, ...history.skills.map((state) => ({ skillId: state.skillId, at: state.updatedAt, estimate: state.estimate }))];
    const found = findRiskAlerts(
      {
        now,
        attempts,
        reviewSessionIds: history.reviewSessionIds,
        estimates,
        learnerCreatedAt: history.learner.createdAt,
        weakPrerequisites: weakPrerequisitesOf(history.skills, directory),
      },
      { inactiveDays: settings.inactiveDays },
    );
    for (const alert of found) alerts.push({ learnerId: history.learner.id, displayName: history.learner.displayName, alert });
  }
  return { overview, alerts, goalTitles };
}

/** Reads one learner's history for the report (every read scoped to this learner). */
export async function loadLearnerHistory(db: WayfindDb, learner: Learner, now: number): Promise<LearnerHistory> {
  const from = reportWindowStart(now);
  const [attempts, days, last, skills, goals, reviewSessionIds, estimates] = await Promise.all([
    recentAttemptsSince(db, learner.id, from, ALERT_ATTEMPTS),
    dayTotals(db, learner.id, REPORT_WINDOW_DAYS, now),
    lastAnswerAt(db, learner.id),
    listSkillStates(db, learner.id),
    listGoals(db, learner.id),
    reviewSessionIdsSince(db, learner.id, from - DAY_MS),
    estimateHistory(db, learner.id, from - ESTIMATE_LOOKBACK_DAYS * DAY_MS),
  ]);
  return { learner, attempts, paceAttempts: paceSamplesOfDays(days), lastAnswerAt: last, skills, goals, reviewSessionIds, estimates };
}

export async function loadCoachReport(
  db: WayfindDb,
  learners: readonly Learner[],
  now: number,
  directory: PackDirectory = EMPTY_DIRECTORY,
): Promise<CoachReport & { inactiveDays: number }> {
  const inactiveDays = await readInactiveDays(dbSettingsStore(db));
  const histories = await Promise.all(learners.map((learner) => loadLearnerHistory(db, learner, now)));
  return { ...buildCoachReport(histories, now, { inactiveDays }, directory), inactiveDays };
}
