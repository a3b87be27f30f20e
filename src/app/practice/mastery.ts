/**
 * Mastery levels per skill, defined on the learner's answers, and the model seam the tutor
 * services share. The model advises (it picks what to practise and estimates); the answers certify.
 *
 * HOW WAYFIND DECIDES YOUR LEVEL (shown as app help; the numbers are MASTERY_RULE below)
 *
 * - Not started: you have not answered anything on this skill yet.
 * - Practising: you have answered at least one item on it.
 * - Familiar: at least 1 correct answer.
 * - Proficient: at least 2 correct answers on at least 2 different items, the latest 2 answers correct.
 * - Mastered: at least 4 correct answers on at least 2 different items, in at least 2 practice
 *   sessions, the latest 4 answers correct and the latest without hints; and the model's estimate
 *   at or above the skill's line after one of the correct answers since the last wrong one on the
 *   skill (see estimateAgrees): 86%, or less for a skill whose model cannot reach 86%
 *   (the pack model's `estimateLines`: a little under the highest estimate it gives). Without a
 *   line from the model the line is DEFAULT_ESTIMATE_LINE. Instead of the estimate, 14 correct
 *   answers in a row on the skill also do (runWithoutEstimate).
 * - Proficient (from placement): the placement check found you know it. Practice confirms it; a
 *   wrong first answer takes it back one level.
 * - A level rises only on a correct answer and never falls on one. A wrong answer changes
 *   nothing, except when it is a check: a spaced review, a mastered skill, or a level from
 *   placement. Such a failed check moves the skill back one level, and the feedback says so.
 *
 * Why: the model's prediction alone can be high after lucky guesses, and it can wave up and down
 * from answer to answer (the shipped DKT falls after about a fifth of correct answers), so levels
 * follow what the learner did; the estimate only has to agree, at a line the model can reach.
 * Why 86% and not 80%: "mastered" should mean a learner now answers right at least 4 times in 5.
 * An estimate is a model's guess with an error of its own: among simulated learners shown
 * Mastered at a line of 80%, 12% were really below 80%; at 85%, about 6%; at 86%, 3.5% and 5.4%
 * on two sets of simulated learners (bench:journey with 30 a population; the 86% was chosen on
 * the set the bench does not report; see models/README.md). More answers in a row did not help: the answers alone cannot tell 75% from
 * 85% in a handful of items.
 * Why a run of 14 may stand in for the estimate: the model can be slow to be sure on a skill (a
 * walk-through learner answered "Whole numbers as fractions" right 18 times in a row while the
 * estimate crept from 70% to 84%), and then the model, which only advises, would be holding back
 * what the answers show. A learner who answers right 80% of the time or less makes 14 in a row
 * less than 1 time in 20 (0.8^14 = 4.4%), the same bar the estimate's line aims at. Chosen from that
 * arithmetic, not tuned on a benchmark; bench:journey measured it (bench/README.md).
 */
import type { Attempt, MasteryLevel } from '../../data/records.ts';
import { MASTERY_LEVELS } from '../../data/records.ts';
import { DEFAULT_BKT_PARAMS, predictCorrect, updateKnown, type BktSkillParams } from '../../ml/bkt/bkt.ts';

/** The evidence each level asks for, for the help page to show. */
export type MasteryRule = {
  familiar: { minCorrect: number };
  proficient: { minCorrect: number; minDistinctItems: number; minStreak: number };
  mastered: { minCorrect: number; minDistinctItems: number; minSessions: number; minStreak: number; lastWithoutHints: boolean; targetEstimate: number; runWithoutEstimate: number };
};

export const MASTERY_RULE: MasteryRule = {
  familiar: { minCorrect: 1 },
  proficient: { minCorrect: 2, minDistinctItems: 2, minStreak: 2 },
  mastered: { minCorrect: 4, minDistinctItems: 2, minSessions: 2, minStreak: 4, lastWithoutHints: true, targetEstimate: 0.86, runWithoutEstimate: 14 },
};

/**
 * The estimate line when the model gives none for a skill: the model thinks a correct answer more
 * likely than not. Low on purpose; the answers certify, and a model may peak below the target on
 * some skills (see models/README.md).
 */
export const DEFAULT_ESTIMATE_LINE = 0.5;

/**
 * The estimate a skill must reach for "mastered": the target (0.86), or the skill's line in the
 * pack model when that is lower (`reach`, from metadata.json's estimateLines, which already sits
 * a little under the highest estimate the model gives; src/ml/dkt/estimate-lines.ts). Without
 * one, DEFAULT_ESTIMATE_LINE.
 */
export function estimateLine(reach: number | undefined, rule: MasteryRule = MASTERY_RULE): number {
  if (reach === undefined || !Number.isFinite(reach)) return DEFAULT_ESTIMATE_LINE;
  return Math.max(0, Math.min(rule.mastered.targetEstimate, reach));
}

/**
 * The model as the app services see it: given a learner's answers so far, each skill's
 * predicted chance of a correct answer next. The DKT worker bridge and the BKT fallback both
 * fit it, so these services never import TensorFlow.js.
 */
export interface SkillPredictor {
  predict(history: readonly PracticeAnswer[]): Promise<Map<string, number>> | Map<string, number>;
}

/**
 * The part of an Attempt the services need (an Attempt fits it); sessionId counts sessions, and
 * estimate is the model's estimate on the skill right after the answer, when it was kept.
 */
export type PracticeAnswer = Pick<Attempt, 'skillId' | 'itemId' | 'correct' | 'hintsUsed'> & { sessionId?: string; estimate?: number };

/** The evidence the rule counts, summarised from one skill's answers. */
export interface MasteryEvidence {
  attempts: number;
  correct: number;
  /** Different items answered correctly. */
  distinctItemsCorrect: number;
  /** Different sessions with a correct answer. */
  sessionsCorrect: number;
  /** Correct answers in a row, ending with the latest. */
  streak: number;
  /** The latest answer was correct and used no hints. */
  lastCorrectWithoutHints: boolean;
  /**
   * The highest estimate the model gave right after a correct answer of the current run (the
   * answers in `streak`); 0 when none was kept or the latest answer was wrong.
   */
  runBestEstimate: number;
}

/** Summarises one skill's answers, oldest first. */
export function summariseEvidence(answers: readonly Pick<PracticeAnswer, 'itemId' | 'correct' | 'hintsUsed' | 'sessionId' | 'estimate'>[]): MasteryEvidence {
  const items = new Set<string>();
  const sessions = new Set<string>();
  let correct = 0;
  let streak = 0;
  let runBestEstimate = 0;
  for (const answer of answers) {
    if (!answer.correct) {
      streak = 0;
      runBestEstimate = 0;
      continue;
    }
    correct++;
    streak++;
    runBestEstimate = Math.max(runBestEstimate, answer.estimate ?? 0);
    items.add(answer.itemId);
    sessions.add(answer.sessionId ?? '');
  }
  const last = answers.at(-1);
  return {
    attempts: answers.length,
    correct,
    distinctItemsCorrect: items.size,
    sessionsCorrect: sessions.size,
    streak,
    lastCorrectWithoutHints: last !== undefined && last.correct && last.hintsUsed === 0,
    runBestEstimate,
  };
}

/**
 * Whether the model's estimate agrees with "mastered": it is at the skill's line now, or it reached
 * the line after a right answer of the current run. Why the run and not only now: the model moves
 * every skill's estimate on every answer, so answers on other skills can dip a skill a point or
 * two under its line (measured: a rested skill came back next day at 0.78-0.83 after 0.85-0.86 the
 * day before), and the learner would have to earn again what their own answers on it already had.
 * A wrong answer on the skill ends the run.
 */
export function estimateAgrees(evidence: Pick<MasteryEvidence, 'runBestEstimate'>, estimate: number, line: number): boolean {
  return Math.max(estimate, evidence.runBestEstimate) >= line;
}

/**
 * The level the answers support, with the model's estimate checked against the skill's line for
 * "mastered" only. Pure, so benchmarks (bench:policy, bench:journey) call the app's own rule.
 */
export function masteryLevel(evidence: MasteryEvidence, estimate: number, line: number, rule: MasteryRule = MASTERY_RULE): MasteryLevel {
  if (evidence.attempts === 0) return 'not-started';
  const { mastered, proficient, familiar } = rule;
  if (
    evidence.correct >= mastered.minCorrect &&
    evidence.distinctItemsCorrect >= mastered.minDistinctItems &&
    evidence.sessionsCorrect >= mastered.minSessions &&
    evidence.streak >= mastered.minStreak &&
    (evidence.lastCorrectWithoutHints || !mastered.lastWithoutHints) &&
    (estimateAgrees(evidence, estimate, line) || evidence.streak >= mastered.runWithoutEstimate)
  ) {
    return 'mastered';
  }
  if (evidence.correct >= proficient.minCorrect && evidence.distinctItemsCorrect >= proficient.minDistinctItems && evidence.streak >= proficient.minStreak) {
    return 'proficient';
  }
  if (evidence.correct >= familiar.minCorrect) return 'familiar';
  return 'practising';
}

/**
 * The first thing the next level still needs, for the words under a correct answer that left the
 * level where it was ("3 more right in a row", "another session", "the model is not yet sure").
 */
export type NextLevelNeeds =
  | { kind: 'right-in-a-row'; count: number; level: MasteryLevel }
  | { kind: 'another-item'; level: MasteryLevel }
  | { kind: 'another-session' }
  | { kind: 'without-hints' }
  /**
   * `streak`: the right answers in a row so far, so the words can show the run is counted;
   * `runWithoutEstimate`: the run that would do instead of the estimate.
   */
  | { kind: 'estimate'; estimate: number; line: number; streak: number; runWithoutEstimate: number };

/** What `level`'s next level still asks of this evidence, or null when nothing (or no rule) is missing. */
export function nextLevelNeeds(evidence: MasteryEvidence, estimate: number, line: number, level: MasteryLevel, rule: MasteryRule = MASTERY_RULE): NextLevelNeeds | null {
  if (level === 'familiar') {
    const { minCorrect, minDistinctItems, minStreak } = rule.proficient;
    const count = Math.max(minStreak - evidence.streak, minCorrect - evidence.correct);
    if (count > 0) return { kind: 'right-in-a-row', count, level: 'proficient' };
    if (evidence.distinctItemsCorrect < minDistinctItems) return { kind: 'another-item', level: 'proficient' };
    return null;
  }
  if (level !== 'proficient') return null;
  const m = rule.mastered;
  const count = Math.max(m.minStreak - evidence.streak, m.minCorrect - evidence.correct);
  if (count > 0) return { kind: 'right-in-a-row', count, level: 'mastered' };
  if (evidence.distinctItemsCorrect < m.minDistinctItems) return { kind: 'another-item', level: 'mastered' };
  if (m.lastWithoutHints && !evidence.lastCorrectWithoutHints) return { kind: 'without-hints' };
  if (!estimateAgrees(evidence, estimate, line) && evidence.streak < m.runWithoutEstimate) {
    return { kind: 'estimate', estimate, line, streak: evidence.streak, runWithoutEstimate: m.runWithoutEstimate };
  }
  if (evidence.sessionsCorrect < m.minSessions) return { kind: 'another-session' };
  return null;
}

/** What one answer did to its skill's level, for the words under the answer. */
export type LevelChange =
  | 'none'
  /** The first answer on a skill: it is started (not a level earned). */
  | 'started'
  | 'up'
  /** A spaced review, or a wrong answer on a mastered skill, failed: back one level. */
  | 'review-failed'
  /** A wrong answer on a level from placement: placement's level is not confirmed. */
  | 'placement-not-confirmed'
  /** A correct answer turned a level from placement into one earned in practice. */
  | 'placement-confirmed';

export interface MasteryStep {
  previous: MasteryLevel;
  /** The previous level came from placement and practice has not confirmed it yet. */
  previousPlaced: boolean;
  correct: boolean;
  /** The item was a spaced review. */
  review: boolean;
  /** The skill's evidence including this answer. */
  evidence: MasteryEvidence;
  /** The model's estimate after the answer. */
  estimate: number;
  line: number;
  rule?: MasteryRule;
}

export interface MasteryStepResult {
  level: MasteryLevel;
  placed: boolean;
  change: LevelChange;
}

/**
 * The next level after one answer. A correct answer never lowers it; a wrong one never raises it
 * and lowers it only as a failed check (review, mastered skill, placement level).
 */
export function nextLevel(step: MasteryStep): MasteryStepResult {
  const { previous, previousPlaced } = step;
  if (!step.correct) {
    const isCheck = step.review || previous === 'mastered' || previousPlaced;
    if (isCheck && atLeast(previous, 'familiar')) {
      return { level: levelBelow(previous), placed: false, change: previousPlaced ? 'placement-not-confirmed' : 'review-failed' };
    }
    if (previous === 'not-started') return { level: 'practising', placed: false, change: 'started' };
    return { level: previous, placed: previousPlaced, change: 'none' };
  }
  const supported = masteryLevel(step.evidence, step.estimate, step.line, step.rule);
  if (atLeast(previous, supported) && !(previousPlaced && supported === previous)) {
    if (previous === 'not-started') return { level: 'practising', placed: false, change: 'started' };
    return { level: previous, placed: previousPlaced, change: 'none' };
  }
  if (previousPlaced) return { level: supported, placed: false, change: supported === previous ? 'placement-confirmed' : 'up' };
  return { level: supported, placed: false, change: 'up' };
}

/** One level lower, but never below practising: a learner who answered has started. */
export function levelBelow(level: MasteryLevel): MasteryLevel {
  const index = MASTERY_LEVELS.indexOf(level);
  return MASTERY_LEVELS[Math.max(MASTERY_LEVELS.indexOf('practising'), index - 1)]!;
}

/** Levels compare by their order in MASTERY_LEVELS. */
export function atLeast(level: MasteryLevel, target: MasteryLevel): boolean {
  return MASTERY_LEVELS.indexOf(level) >= MASTERY_LEVELS.indexOf(target);
}

/**
 * The BKT fallback as a SkillPredictor (also what the Node tests and benchmarks use): replays
 * the history through each skill's two-state model. Skills without parameters use the defaults.
 */
export function bktPredictor(params: ReadonlyMap<string, BktSkillParams>): SkillPredictor {
  return {
    predict(history) {
      const known = new Map<string, number>();
      const paramsOf = (skill: string) => params.get(skill) ?? DEFAULT_BKT_PARAMS;
      for (const answer of history) {
        const p = paramsOf(answer.skillId);
        known.set(answer.skillId, updateKnown(p, known.get(answer.skillId) ?? p.prior, answer.correct));
      }
      const predictions = new Map<string, number>();
      for (const [skill, p] of params) predictions.set(skill, predictCorrect(p, known.get(skill) ?? p.prior));
      for (const [skill, k] of known) if (!params.has(skill)) predictions.set(skill, predictCorrect(DEFAULT_BKT_PARAMS, k));
      return predictions;
    },
  };
}
