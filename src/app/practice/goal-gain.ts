/**
 * Goal gain: what the tutor expects one more answer on a skill to do for the learner's goal.
 *
 * For a candidate skill s with predicted success p, the model is asked (without keeping the
 * answer) what it would predict for the goal skills after a right answer on s and after a wrong
 * one. The gain is the change in the goal skills' mean estimate, weighted by p:
 *
 *   gain(s) = p * mean(goal | s right) + (1 - p) * mean(goal | s wrong) - mean(goal now)
 *
 * A right answer that would make a goal skill mastered (the app's rule, rightAnswerMasters) counts
 * that skill as 1 in the goal's mean: finishing a skill is worth what was left of it.
 *
 * The tutor (tutor-policy.ts GAIN_WEIGHTS) practises the skill with the largest gain, less a
 * little for every answer already given on it, so practice spreads over the skills the goal needs
 * rather than grinding the first one. Measured on bench:policy (bench/README.md) against the
 * band-and-order scoring it replaces and the best of curriculum order, a random ready skill and
 * BKT, in three simulated worlds.
 *
 * The goal is the learner's unmastered goal skills; without a goal, every unmastered skill of
 * the pack (the whole map is then the goal).
 */
import type { MasteryLevel } from '../../data/records.ts';
import { masteryLevel, summariseEvidence, type PracticeAnswer } from './mastery.ts';

/** A model that can look one answer ahead without keeping it. */
export interface LookaheadModel {
  /** Every skill's prediction if the next answer on `skillId` were right (or wrong); undefined if the model cannot say. */
  predictIfAnswered(skillId: string, correct: boolean): Promise<ReadonlyMap<string, number> | undefined>;
}

const open = (levels: ReadonlyMap<string, MasteryLevel>) => (id: string) => levels.get(id) !== 'mastered';

/** The learner's goal skills not yet mastered. */
export function openGoals(levels: ReadonlyMap<string, MasteryLevel>, goalSkillIds: readonly string[]): string[] {
  return goalSkillIds.filter(open(levels));
}

/** The skills whose estimates the gain follows: unmastered goal skills, else every unmastered skill. */
export function gainTargets(skillIds: readonly string[], levels: ReadonlyMap<string, MasteryLevel>, goalSkillIds: readonly string[]): string[] {
  const goals = openGoals(levels, goalSkillIds);
  return goals.length > 0 ? goals : skillIds.filter(open(levels));
}

const meanOver = (targets: readonly string[], predictions: ReadonlyMap<string, number>) =>
  targets.reduce((sum, id) => sum + (predictions.get(id) ?? 0.5), 0) / targets.length;

/**
 * One candidate's gain from the model's predictions now and after a right and a wrong answer on
 * it. `mastersOnRight`: a right answer would make this goal skill mastered (rightAnswerMasters),
 * and a mastered goal skill counts as 1 in the goal's mean, so finishing a skill is worth what is
 * left of it.
 */
export function expectedGain(
  skillId: string,
  targets: readonly string[],
  now: ReadonlyMap<string, number>,
  right: ReadonlyMap<string, number>,
  wrong: ReadonlyMap<string, number>,
  mastersOnRight = false,
): number {
  if (targets.length === 0) return 0;
  const p = now.get(skillId) ?? 0.5;
  const afterRight = mastersOnRight && targets.includes(skillId) ? new Map([...right, [skillId, 1]]) : right;
  return p * meanOver(targets, afterRight) + (1 - p) * meanOver(targets, wrong) - meanOver(targets, now);
}

/**
 * Whether one more right, unaided answer on a fresh item in session `sessionId`, with the
 * model's estimate `estimateAfter` after it, would make the skill mastered by the app's rule.
 */
export function rightAnswerMasters(skillAnswers: readonly PracticeAnswer[], sessionId: string, estimateAfter: number, line: number): boolean {
  const next = { itemId: '\u0000next', correct: true, hintsUsed: 0, sessionId, estimate: estimateAfter };
  return masteryLevel(summariseEvidence([...skillAnswers, next]), estimateAfter, line) === 'mastered';
}

/**
 * The gain of each candidate (see the header). A candidate the model cannot look ahead on is
 * left out, and the policy then scores it as it would without gains.
 */
export async function goalGains(
  model: LookaheadModel,
  candidates: readonly string[],
  targets: readonly string[],
  predictions: ReadonlyMap<string, number>,
  mastersOnRight: (skillId: string, estimateAfter: number) => boolean = () => false,
): Promise<Map<string, number>> {
  const gains = new Map<string, number>();
  if (targets.length === 0) return gains;
  await Promise.all(
    candidates.map(async (skillId) => {
      const [right, wrong] = await Promise.all([model.predictIfAnswered(skillId, true), model.predictIfAnswered(skillId, false)]);
      if (!right || !wrong) return;
      // Only a target's own finishing counts (expectedGain), so only targets need the rule's check.
      const masters = targets.includes(skillId) && mastersOnRight(skillId, right.get(skillId) ?? 0.5);
      gains.set(skillId, expectedGain(skillId, targets, predictions, right, wrong, masters));
    }),
  );
  return gains;
}

/** Answers per skill in a learner's history. */
export function answerCounts(history: readonly { skillId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const answer of history) counts.set(answer.skillId, (counts.get(answer.skillId) ?? 0) + 1);
  return counts;
}
