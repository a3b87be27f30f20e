/**
 * The tutor's next-item policy: which skill and item a learner practises next, and the numbers
 * behind the choice for "Why this?".
 *
 * Candidates: skills that are not mastered and whose prerequisites are all at least proficient
 * (placement's "proficient" counts: practice confirms it on the way), plus due reviews. A skill
 * that already has all the evidence one session can give ("resting": it waits for a later session
 * to be mastered, see mastery.ts) is left out while anything else can be practised.
 * Among ready skills, those whose prerequisites are all mastered (or resting: mastered in all but
 * a second session) come first; a skill whose prerequisites are only proficient is offered when
 * none of those is left.
 * A skill chosen by the learner on the map is honoured whatever its prerequisites; the "why"
 * names the prerequisites still missing so the page can say so and offer them.
 *
 * Reviews mix into the session: when reviews are due, every other item is one (most overdue
 * first), so a session is never all reviews nor does it put them all off to the end.
 *
 * Among practice candidates, when the caller gives goal gains (goal-gain.ts: what the model
 * expects one more answer on each skill to do for the goal), the score is the gain, less a little
 * for every answer already given on the skill (spreading practice instead of grinding one skill),
 * plus a little for opening the way to the goal (the unlock share below); GAIN_WEIGHTS. The
 * prerequisites-first order above then does not apply (readiness still does). Measured on
 * bench:policy (bench/README.md): about a quarter fewer items to the goal than the band-and-order
 * scoring below, in three simulated worlds, with a post-test as high or higher.
 * Without gains (a model that cannot look ahead), each gets a score from four parts, weighted by POLICY_WEIGHTS:
 * - band: 1 when the model's predicted success is in the target band (0.6-0.85 by default:
 *   hard enough to learn from, easy enough to keep going), falling to 0 at 0.3 outside it;
 * - goal: 1 for a goal skill or a prerequisite (direct or not) of an unmastered goal skill, else 0;
 * - variety: 0 for the skill of the previous item, 0.5 for one of the two before, else 1
 *   (interleaving skills helps learners tell problem types apart);
 * - unlock: how many skills on the way to the goal build on this one (directly or not), as a
 *   share of the most any candidate has. A goal is reached no sooner than its longest chain of
 *   prerequisites allows, each step a session apart at best (mastery.ts), so the skill that opens
 *   the most of the way goes first among otherwise equal ones. Measured on bench:journey's
 *   always-right learner (bench/README.md), at a line of 0.85: Spreadsheet Foundations, whose
 *   chain is five skills deep, 62 answers without this part, 53 with it; any weight from 0.05
 *   to 0.5 gave 53-59 (58 at today's line of 0.86).
 * A skill answered MAX_ANSWERS_PER_SKILL_IN_SESSION times in this session waits for the next
 * session while anything else can be practised (with `goalFirst`: anything else toward the goal);
 * resting skills come last of all.
 * Ties go to the skill earlier in the pack. An item already seen in this session is never
 * offered again; a skill with no unseen item is not a candidate, unless the caller allows repeats
 * (`allowRepeats`, only when no fresh item is left anywhere): then the item seen longest ago.
 *
 * The policy is pure: predictions come from a SkillPredictor run by the caller.
 */
import type { MasteryLevel } from '../../data/records.ts';
import { atLeast } from './mastery.ts';
import type { SkillNode as GraphSkill } from '../../content/index.ts';
import { openGoals } from './goal-gain.ts';

export const POLICY_WEIGHTS = { band: 0.5, goal: 0.3, variety: 0.2, unlock: 0.2 } as const;
/**
 * With goal gains, the score is the gain (in units of the goal's mean estimate), less
 * `spreadPerAnswer` for every answer already given on the skill (of two skills that help the goal
 * about as much, the one practised less goes first), plus `unlock` times the unlock share below.
 * Chosen on bench:policy's tuning slice (bench/policy-configs/tuning.json, learners and skill
 * parameters the reported run does not use) and bench:journey's always-right learner: see
 * bench/README.md.
 */
export const GAIN_WEIGHTS = { spreadPerAnswer: 0.002, unlock: 0.02 } as const;
export const DEFAULT_TARGET_BAND: readonly [number, number] = [0.6, 0.85];
/**
 * At most this many answers on one skill in a session while another skill can be practised (with
 * `goalFirst`: another skill toward the goal).
 * Without it, goal gains kept a new learner who answered everything right on their first skill
 * for ten items in a row (the model's estimate climbs a little with each right answer, and the
 * mastery rule needs a second session anyway). 6 is what bench:policy has always assumed: its
 * skills have 6 items each and no item comes twice in a session, so its figures describe this.
 */
export const MAX_ANSWERS_PER_SKILL_IN_SESSION = 6;
/** How far outside the band (in predicted success) the band score reaches 0. */
const BAND_FALLOFF = 0.3;

export interface PolicyInput {
  /** The pack's skills in pack order. */
  skills: readonly GraphSkill[];
  levels: ReadonlyMap<string, MasteryLevel>;
  /** The model's predicted success per skill (a missing skill counts as 0.5). */
  predictions: ReadonlyMap<string, number>;
  goalSkillIds: readonly string[];
  /** Skill ids with a due review, most overdue first (see review.ts dueReviews). */
  dueReviewSkillIds: readonly string[];
  /** The items available per skill (fixed items and generated instances). */
  itemsBySkill: ReadonlyMap<string, readonly string[]>;
  /** This session so far, oldest first. */
  session: readonly { skillId: string; itemId: string; review: boolean }[];
  /** A skill the learner picked on the map. */
  learnerChoice?: string;
  targetBand?: readonly [number, number];
  /** Skills with all the evidence this session can give: practised only when nothing else is left. */
  resting?: ReadonlySet<string>;
  /** Offer an item seen earlier in the session when a skill has no fresh one. */
  allowRepeats?: boolean;
  /**
   * With a goal, practise only skills toward it (goal skills and what they need) while any is
   * ready; other skills wait until the goal is reached. The practice session sets it.
   */
  goalFirst?: boolean;
  /** Goal gain per skill (goal-gain.ts); when given, the tutor chooses by it (see the header). */
  goalGains?: ReadonlyMap<string, number>;
  /** Answers the learner has given on each skill, in every session (spreads practice with goal gains). */
  answerCounts?: ReadonlyMap<string, number>;
}

/** A prerequisite is met at "proficient" or above (from practice or placement). */
export const prerequisiteMet = (level: MasteryLevel | undefined): boolean => atLeast(level ?? 'not-started', 'proficient');

/** Ready for practice: not mastered, and every prerequisite met. */
export const isReady = (skill: GraphSkill, levels: ReadonlyMap<string, MasteryLevel>): boolean =>
  levels.get(skill.id) !== 'mastered' && skill.prerequisites.every((id) => prerequisiteMet(levels.get(id)));

/** The ids of the skills ready for practice, in pack order. */
export const readySkillIds = (skills: readonly GraphSkill[], levels: ReadonlyMap<string, MasteryLevel>): string[] =>
  skills.filter((skill) => isReady(skill, levels)).map((skill) => skill.id);

export interface CandidateScore {
  skillId: string;
  predicted: number;
  band: number;
  goal: number;
  variety: number;
  /** Unmastered skills on the way to the goal that build on this one, directly or not. */
  unlocks: number;
  /** `unlocks` as a share of the most any candidate has (0-1): the score part. */
  unlock: number;
  /** The goal gain (goal-gain.ts) when the caller gave gains, else null. */
  gain: number | null;
  /** Answers the learner has given on the skill so far. */
  answers: number;
  total: number;
}

/** "Why this?" as data: the UI words it ("You have a good chance (72%) ..."). */
export type WhyThis =
  | { kind: 'learner-choice'; predicted: number; prerequisitesMastered: boolean; missingPrerequisites: string[] }
  | { kind: 'review'; predicted: number; dueReviewsLeft: number }
  | {
      kind: 'practice';
      predicted: number;
      targetBand: readonly [number, number];
      inBand: boolean;
      /** The goal skills this skill leads to (itself included), empty when none. */
      towardGoals: string[];
      /** How many skills were ready to practise. */
      candidates: number;
      score: CandidateScore;
      /** The next best candidate, for "instead of ...". */
      runnerUp: CandidateScore | null;
      /** With goal gains: whose estimate they follow, the learner's goal or (without an open goal) every unmastered skill. */
      gainFor?: 'goal' | 'map';
    };

export interface TutorChoice {
  skillId: string;
  itemId: string;
  why: WhyThis;
}

/** The next item, or null when nothing is left to practise in this session. */
export function chooseNextItem(input: PolicyInput): TutorChoice | null {
  const seenAt = new Map<string, number>();
  input.session.forEach((entry, index) => seenAt.set(entry.itemId, index));
  const unseenItem = (skillId: string) => {
    const items = input.itemsBySkill.get(skillId) ?? [];
    const fresh = items.find((item) => !seenAt.has(item));
    if (fresh !== undefined || !input.allowRepeats) return fresh;
    // Seen longest ago first, so a repeat is as far from its last showing as it can be.
    return [...items].sort((a, b) => seenAt.get(a)! - seenAt.get(b)!)[0];
  };
  const predicted = (skillId: string) => input.predictions.get(skillId) ?? 0.5;
  const byId = new Map(input.skills.map((skill) => [skill.id, skill]));

  if (input.learnerChoice !== undefined) {
    const itemId = unseenItem(input.learnerChoice);
    const skill = byId.get(input.learnerChoice);
    if (itemId !== undefined && skill) {
      const missingPrerequisites = skill.prerequisites.filter((id) => !prerequisiteMet(input.levels.get(id)));
      return {
        skillId: skill.id,
        itemId,
        why: { kind: 'learner-choice', predicted: predicted(skill.id), prerequisitesMastered: missingPrerequisites.length === 0, missingPrerequisites },
      };
    }
  }

  const reviewsDone = new Set(input.session.filter((entry) => entry.review).map((entry) => entry.skillId));
  const dueReviews = input.dueReviewSkillIds.filter((id) => !reviewsDone.has(id) && unseenItem(id) !== undefined);
  let practice = scoreCandidates(input, unseenItem);
  // A skill at its share of the session only when nothing else can be practised (with a goal:
  // nothing else toward it), then resting skills: practice never runs dry.
  const towardGoal = (candidate: CandidateScore) => candidate.goal === 1;
  if (practice.length === 0 || (input.goalFirst && !practice.some(towardGoal))) {
    const uncapped = scoreCandidates(input, unseenItem, Infinity);
    if (practice.length === 0 || uncapped.some(towardGoal)) practice = uncapped;
  }
  if (practice.length === 0 && input.resting?.size) practice = scoreCandidates({ ...input, resting: new Set() }, unseenItem, Infinity);
  if (input.goalFirst && practice.some(towardGoal)) practice = practice.filter(towardGoal);
  // Prerequisites first: a skill whose prerequisites are only proficient waits while one whose
  // prerequisites are all mastered is ready. Where a prerequisite gates learning, moving on early
  // costs answers (bench:policy, bench/README.md: 8-15% fewer items in the gated worlds).
  // A resting prerequisite (all the evidence for mastered but a second session) counts as
  // mastered here: it cannot be mastered today, so its dependants need not wait for tomorrow.
  const solid = (id: string) => input.levels.get(id) === 'mastered' || (input.resting?.has(id) ?? false);
  const onMastered = (candidate: CandidateScore) => (byId.get(candidate.skillId)?.prerequisites ?? []).every(solid);
  if (!input.goalGains && practice.some(onMastered)) practice = practice.filter(onMastered);
  const lastWasReview = input.session.at(-1)?.review ?? false;
  if (dueReviews.length > 0 && (!lastWasReview || practice.length === 0)) {
    const skillId = dueReviews[0]!;
    return { skillId, itemId: unseenItem(skillId)!, why: { kind: 'review', predicted: predicted(skillId), dueReviewsLeft: dueReviews.length - 1 } };
  }
  if (practice.length === 0) return null;
  const [best, runnerUp] = practice;
  const band = input.targetBand ?? DEFAULT_TARGET_BAND;
  return {
    skillId: best!.skillId,
    itemId: unseenItem(best!.skillId)!,
    why: {
      kind: 'practice',
      predicted: best!.predicted,
      targetBand: band,
      inBand: best!.band === 1,
      towardGoals: goalsServedBy(best!.skillId, input, byId),
      candidates: practice.length,
      score: best!,
      runnerUp: runnerUp ?? null,
      ...(input.goalGains ? { gainFor: openGoals(input.levels, input.goalSkillIds).length > 0 ? ('goal' as const) : ('map' as const) } : {}),
    },
  };
}

/** Ready, unmastered skills with an unseen item and fewer than `perSession` answers in this session, best first. */
export function scoreCandidates(
  input: PolicyInput,
  unseenItem: (skillId: string) => string | undefined,
  perSession = MAX_ANSWERS_PER_SKILL_IN_SESSION,
): CandidateScore[] {
  const resting = input.resting ?? new Set<string>();
  const inSession = new Map<string, number>();
  for (const entry of input.session) inSession.set(entry.skillId, (inSession.get(entry.skillId) ?? 0) + 1);
  const [low, high] = input.targetBand ?? DEFAULT_TARGET_BAND;
  const goalRelevant = skillsTowardGoals(input.skills, input.goalSkillIds, input.levels);
  const recent = input.session.map((entry) => entry.skillId).reverse();
  const dependants = dependantsOnTheWay(input, goalRelevant);
  const scores: CandidateScore[] = [];
  for (const skill of input.skills) {
    if (!isReady(skill, input.levels) || resting.has(skill.id) || unseenItem(skill.id) === undefined) continue;
    if ((inSession.get(skill.id) ?? 0) >= perSession) continue;
    const predicted = input.predictions.get(skill.id) ?? 0.5;
    const outside = predicted < low ? low - predicted : predicted > high ? predicted - high : 0;
    const band = Math.max(0, 1 - outside / BAND_FALLOFF);
    const goal = goalRelevant.has(skill.id) ? 1 : 0;
    const variety = recent[0] === skill.id ? 0 : recent.slice(1, 3).includes(skill.id) ? 0.5 : 1;
    const gain = input.goalGains ? (input.goalGains.get(skill.id) ?? 0) : null;
    const answers = input.answerCounts?.get(skill.id) ?? 0;
    scores.push({ skillId: skill.id, predicted, band, goal, variety, unlocks: dependants.get(skill.id) ?? 0, unlock: 0, gain, answers, total: 0 });
  }
  const most = Math.max(0, ...scores.map((score) => score.unlocks));
  for (const score of scores) {
    if (most > 0) score.unlock = score.unlocks / most;
    score.total = totalScore(score);
  }
  // Stable sort: equal totals keep pack order.
  return scores.sort((a, b) => b.total - a.total);
}

/** By goal gain when there is one (GAIN_WEIGHTS), else by the four parts (POLICY_WEIGHTS). */
function totalScore(score: Omit<CandidateScore, 'total'>): number {
  if (score.gain !== null) return score.gain - GAIN_WEIGHTS.spreadPerAnswer * score.answers + GAIN_WEIGHTS.unlock * score.unlock;
  return POLICY_WEIGHTS.band * score.band + POLICY_WEIGHTS.goal * score.goal + POLICY_WEIGHTS.variety * score.variety + POLICY_WEIGHTS.unlock * score.unlock;
}

/** For each skill, how many unmastered skills toward the goals need it, directly or not. */
function dependantsOnTheWay(input: PolicyInput, towardGoals: ReadonlySet<string>): Map<string, number> {
  const byId = new Map(input.skills.map((skill) => [skill.id, skill]));
  const counts = new Map<string, number>();
  for (const id of towardGoals) {
    if (input.levels.get(id) === 'mastered') continue;
    const needed = new Set<string>();
    const visit = (skillId: string): void => {
      for (const prerequisite of byId.get(skillId)?.prerequisites ?? []) {
        if (needed.has(prerequisite)) continue;
        needed.add(prerequisite);
        visit(prerequisite);
      }
    };
    visit(id);
    for (const prerequisite of needed) counts.set(prerequisite, (counts.get(prerequisite) ?? 0) + 1);
  }
  return counts;
}

/**
 * Unmastered goal skills and every skill they need, directly or not: what "toward the goal" means
 * for the tutor, and for any page that must agree with what it offers (Today's skills to work on).
 */
export function skillsTowardGoals(skills: readonly GraphSkill[], goalSkillIds: readonly string[], levels: ReadonlyMap<string, MasteryLevel>): Set<string> {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  const relevant = new Set<string>();
  const visit = (id: string): void => {
    if (relevant.has(id)) return;
    relevant.add(id);
    byId.get(id)?.prerequisites.forEach(visit);
  };
  for (const goal of goalSkillIds) if (levels.get(goal) !== 'mastered') visit(goal);
  return relevant;
}

function goalsServedBy(skillId: string, input: PolicyInput, byId: ReadonlyMap<string, GraphSkill>): string[] {
  const needs = (goal: string, seen = new Set<string>()): boolean => {
    if (goal === skillId) return true;
    if (seen.has(goal)) return false;
    seen.add(goal);
    return (byId.get(goal)?.prerequisites ?? []).some((p) => needs(p, seen));
  };
  return input.goalSkillIds.filter((goal) => input.levels.get(goal) !== 'mastered' && needs(goal));
}
