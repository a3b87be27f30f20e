/**
 * At-risk alerts for the coach: which learners need a hand, why, and what to do about it.
 *
 * Four rules over a learner's recent history:
 *  - stuck:    several failures in a row on one skill, recently;
 *  - sliding:  the model's estimate for a skill dropped over the window, or its reviews fail;
 *  - inactive: no practice for N days (N is the coach's setting);
 *  - racing:   mostly very fast answers, together with heavy hint use or mostly wrong answers.
 *
 * Each alert carries its evidence as numbers and a structured recommended action; the UI words
 * both ("Stuck on Equivalent fractions: 5 wrong in a row. Sit together on it."). Thresholds are
 * data (RiskThresholds), so the coach's settings and tests can change them.
 */
import { localDay } from '../../data/day.ts';
import type { Attempt } from '../../data/records.ts';
import { daysBetween } from '../goals/index.ts';

export interface RiskThresholds {
  /** Only the last this many days count for stuck, sliding and racing. */
  windowDays: number;
  /** Wrong answers in a row on one skill that make a learner stuck. */
  stuckFailures: number;
  /** Fall of the model's estimate (0..1) over the window that counts as sliding. */
  slideDrop: number;
  /** Failed reviews of one skill in the window, at least, and their share of its reviews. */
  failedReviews: number;
  failedReviewShare: number;
  /** Whole days without practice before a learner counts as inactive (the coach sets it). */
  inactiveDays: number;
  /** Racing looks at the latest answers, and only when there are enough of them. */
  racingRecentAnswers: number;
  racingMinAnswers: number;
  /** An answer faster than this is "very fast". */
  fastAnswerMs: number;
  /** Racing: at least this share of fast answers... */
  racingFastShare: number;
  /** ...and at least this share using hints, or this share wrong (fast and right is fluency). */
  racingHintShare: number;
  racingWrongShare: number;
}

export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = {
  windowDays: 14,
  stuckFailures: 4,
  slideDrop: 0.15,
  failedReviews: 2,
  failedReviewShare: 0.5,
  inactiveDays: 3,
  racingRecentAnswers: 20,
  racingMinAnswers: 10,
  fastAnswerMs: 4_000,
  racingFastShare: 0.5,
  racingHintShare: 0.4,
  racingWrongShare: 0.5,
};

export type RiskAttempt = Pick<Attempt, 'skillId' | 'correct' | 'hintsUsed' | 'durationMs' | 'answeredAt' | 'sessionId'>;

/** One reading of the model's estimate for a skill (the tutor records them as it predicts). */
export interface EstimatePoint {
  skillId: string;
  at: number;
  estimate: number;
}

export interface RiskInput {
  now: number;
  attempts: readonly RiskAttempt[];
  /** Sessions of kind 'review': their answers are reviews. */
  reviewSessionIds?: ReadonlySet<string>;
  estimates?: readonly EstimatePoint[];
  /** When the profile was made: a learner who never practised is inactive from then on. */
  learnerCreatedAt?: number | null;
  /** Prerequisites of a skill that the learner has not mastered, weakest first (from the pack's graph). */
  weakPrerequisites?: (skillId: string) => readonly string[];
}

export type RiskAction =
  | { kind: 'assign-review'; skillId: string }
  | { kind: 'sit-together'; skillId: string }
  | { kind: 'check-in' }
  | { kind: 'slow-down' };

export type RiskAlert =
  | { kind: 'stuck'; skillId: string; evidence: { failuresInARow: number; lastAttemptAt: number }; action: RiskAction }
  | {
      kind: 'sliding';
      skillId: string;
      evidence: { estimateFrom: number | null; estimateTo: number | null; failedReviews: number; reviews: number };
      action: RiskAction;
    }
  | {
      kind: 'racing';
      skillId: null;
      evidence: { answers: number; fastShare: number; hintShare: number; wrongShare: number; medianSeconds: number };
      action: RiskAction;
    }
  | { kind: 'inactive'; skillId: null; evidence: { daysSincePractice: number; lastPracticeDay: string | null }; action: RiskAction };

/** Every alert for one learner: stuck, then sliding, racing, inactive; skills in id order. */
export function findRiskAlerts(input: RiskInput, thresholds: Partial<RiskThresholds> = {}): RiskAlert[] {
  const limits = { ...DEFAULT_RISK_THRESHOLDS, ...thresholds };
  const windowStart = startOfWindow(input.now, limits.windowDays);
  // Filter before sorting: a coach's overview runs this over 100,000 answers per learner.
  const recent = input.attempts
    .filter((attempt) => attempt.answeredAt >= windowStart && attempt.answeredAt <= input.now)
    .sort((left, right) => left.answeredAt - right.answeredAt);
  return [
    ...stuckAlerts(recent, limits, input.weakPrerequisites),
    ...slidingAlerts(recent, input, windowStart, limits),
    ...racingAlerts(recent, limits),
    ...inactiveAlerts(input, limits),
  ];
}

function startOfWindow(now: number, windowDays: number): number {
  const today = new Date(now);
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() - (windowDays - 1)).getTime();
}

function bySkill<T extends { skillId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.skillId);
    if (group) group.push(row);
    else groups.set(row.skillId, [row]);
  }
  return new Map([...groups].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
}

/** A run of failures counts only within the window: an old run was dealt with, or went stale. */
function stuckAlerts(
  recent: readonly RiskAttempt[],
  limits: RiskThresholds,
  weakPrerequisites: RiskInput['weakPrerequisites'],
): RiskAlert[] {
  const alerts: RiskAlert[] = [];
  for (const [skillId, attempts] of bySkill(recent)) {
    let run = 0;
    for (let index = attempts.length - 1; index >= 0 && !attempts[index].correct; index--) run++;
    if (run < limits.stuckFailures) continue;
    // A shaky prerequisite is the likelier cause; without one, the skill itself needs a person.
    const prerequisite = weakPrerequisites?.(skillId)[0];
    alerts.push({
      kind: 'stuck',
      skillId,
      evidence: { failuresInARow: run, lastAttemptAt: attempts[attempts.length - 1].answeredAt },
      action: prerequisite ? { kind: 'assign-review', skillId: prerequisite } : { kind: 'sit-together', skillId },
    });
  }
  return alerts;
}

function slidingAlerts(
  recent: readonly RiskAttempt[],
  input: RiskInput,
  windowStart: number,
  limits: RiskThresholds,
): RiskAlert[] {
  const estimates = bySkill((input.estimates ?? []).filter((point) => point.at <= input.now));
  const reviews = bySkill(recent.filter((attempt) => attempt.sessionId !== null && input.reviewSessionIds?.has(attempt.sessionId)));
  const skillIds = [...new Set([...estimates.keys(), ...reviews.keys()])].sort();
  const alerts: RiskAlert[] = [];
  for (const skillId of skillIds) {
    const points = [...(estimates.get(skillId) ?? [])].sort((left, right) => left.at - right.at);
    // The baseline is the belief as the window opened: the last reading before it, else the first in it.
    const before = points.filter((point) => point.at < windowStart);
    const baseline = before.length > 0 ? before[before.length - 1] : points[0];
    const latest = points[points.length - 1];
    const drop = baseline && latest && latest.at >= windowStart ? baseline.estimate - latest.estimate : 0;
    const skillReviews = reviews.get(skillId) ?? [];
    const failed = skillReviews.filter((attempt) => !attempt.correct).length;
    const reviewsFailing = failed >= limits.failedReviews && failed / skillReviews.length >= limits.failedReviewShare;
    if (drop < limits.slideDrop && !reviewsFailing) continue;
    alerts.push({
      kind: 'sliding',
      skillId,
      evidence: {
        estimateFrom: baseline?.estimate ?? null,
        estimateTo: latest?.estimate ?? null,
        failedReviews: failed,
        reviews: skillReviews.length,
      },
      action: { kind: 'assign-review', skillId },
    });
  }
  return alerts;
}

function racingAlerts(recent: readonly RiskAttempt[], limits: RiskThresholds): RiskAlert[] {
  const latest = recent.slice(-limits.racingRecentAnswers);
  if (latest.length < limits.racingMinAnswers) return [];
  const share = (test: (attempt: RiskAttempt) => boolean) => latest.filter(test).length / latest.length;
  const fastShare = share((attempt) => attempt.durationMs < limits.fastAnswerMs);
  const hintShare = share((attempt) => attempt.hintsUsed > 0);
  const wrongShare = share((attempt) => !attempt.correct);
  const racing = fastShare >= limits.racingFastShare && (hintShare >= limits.racingHintShare || wrongShare >= limits.racingWrongShare);
  if (!racing) return [];
  const durations = latest.map((attempt) => attempt.durationMs).sort((left, right) => left - right);
  const middle = durations.length >> 1;
  const medianMs = durations.length % 2 ? durations[middle] : (durations[middle - 1] + durations[middle]) / 2;
  return [
    {
      kind: 'racing',
      skillId: null,
      evidence: { answers: latest.length, fastShare, hintShare, wrongShare, medianSeconds: medianMs / 1000 },
      action: { kind: 'slow-down' },
    },
  ];
}

/** Counted in calendar days: practice yesterday evening and a check this morning is one day. */
function inactiveAlerts(input: RiskInput, limits: RiskThresholds): RiskAlert[] {
  let last: number | null = null;
  for (const attempt of input.attempts) {
    if (attempt.answeredAt <= input.now && (last === null || attempt.answeredAt > last)) last = attempt.answeredAt;
  }
  const since = last ?? input.learnerCreatedAt ?? null;
  // Without any practice or a start date there is nothing to measure from.
  if (since === null) return [];
  const daysSincePractice = daysBetween(localDay(since), localDay(input.now));
  if (daysSincePractice < limits.inactiveDays) return [];
  return [
    {
      kind: 'inactive',
      skillId: null,
      evidence: { daysSincePractice, lastPracticeDay: last === null ? null : localDay(last) },
      action: { kind: 'check-in' },
    },
  ];
}
