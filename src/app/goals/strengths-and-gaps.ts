/**
 * A learner's strengths and the skills to work on, as the Today page lists them.
 *
 * "To work on" has to agree with what practice will give: while a goal is open, the tutor offers
 * only skills toward it (the goal's skills and what they build on, see tutor-policy.ts
 * `goalFirst`), so a skill off that way is not listed, however low its estimate. A learner who
 * said "I don't know yet" to Simplest form in the placement check and chose Fraction Foundations
 * as their goal was told to work on Simplest form, which practice would not offer until the goal
 * was reached.
 */
import type { Goal, SkillState } from '../../data/records.ts';
import { meetsLevel, skillsTowardGoals } from '../practice/index.ts';

/** A pack's skill graph, as much of it as this needs. */
export interface GoalGraph {
  packId: string;
  skills: readonly { id: string; prerequisites?: readonly string[] }[];
}

/**
 * `packId/skillId` of every skill toward an open goal, as the tutor counts them (practice's
 * skillsTowardGoals): the goal's skills not yet mastered and their prerequisites, direct or not.
 */
export function skillsTowardOpenGoals(
  goals: readonly Pick<Goal, 'packId' | 'skillIds' | 'completedAt'>[],
  graphs: readonly GoalGraph[],
  states: readonly Pick<SkillState, 'packId' | 'skillId' | 'masteryLevel'>[] = [],
): Set<string> {
  const toward = new Set<string>();
  const packIds = new Set(goals.filter((goal) => goal.completedAt === null).map((goal) => goal.packId));
  for (const packId of packIds) {
    if (packId === null) continue;
    const goalSkillIds = goals.filter((goal) => goal.completedAt === null && goal.packId === packId).flatMap((goal) => goal.skillIds);
    // A pack not (yet) among the graphs: its goal skills still count, without prerequisites.
    const skills = (graphs.find((graph) => graph.packId === packId)?.skills ?? []).map((skill) => ({ id: skill.id, prerequisites: skill.prerequisites ?? [] }));
    const levels = new Map(states.filter((state) => state.packId === packId).map((state) => [state.skillId, state.masteryLevel]));
    for (const skillId of skillsTowardGoals(skills, goalSkillIds, levels)) toward.add(towardKey(packId, skillId));
  }
  return toward;
}

export const towardKey = (packId: string, skillId: string): string => `${packId}/${skillId}`;

/**
 * The strengths (highest model estimates among skills at least familiar) and the skills to work
 * on (lowest estimates among skills started but not mastered). With `toward` (from
 * skillsTowardOpenGoals), the skills to work on are those toward an open goal whenever any of
 * them is started: practice offers those first.
 */
export function strengthsAndGaps(states: readonly SkillState[], count = 3, toward?: ReadonlySet<string>): { strengths: SkillState[]; toWorkOn: SkillState[] } {
  const strengths = states
    .filter((state) => meetsLevel(state.masteryLevel, 'familiar'))
    .sort((a, b) => b.estimate - a.estimate || a.skillId.localeCompare(b.skillId))
    .slice(0, count);
  const chosen = new Set(strengths.map((state) => towardKey(state.packId, state.skillId)));
  const open = states.filter((state) => state.masteryLevel !== 'not-started' && state.masteryLevel !== 'mastered' && !chosen.has(towardKey(state.packId, state.skillId)));
  const onTheWay = toward ? open.filter((state) => toward.has(towardKey(state.packId, state.skillId))) : [];
  const toWorkOn = (onTheWay.length > 0 ? onTheWay : open)
    .sort((a, b) => a.estimate - b.estimate || a.skillId.localeCompare(b.skillId))
    .slice(0, count);
  return { strengths, toWorkOn };
}
