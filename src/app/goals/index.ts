/**
 * Goals: what a learner aims for and whether they are on pace.
 *
 * Owns goal progress, suggestions and texts (goals-service.ts) and the pace projection
 * (goal-projection.ts) that other features read to say when a goal may be reached, and the
 * strengths and skills to work on that agree with the open goals (strengths-and-gaps.ts).
 * Offers: projectLearnerGoals, projectGoal, the goal texts and the day helpers.
 */
export { addDays, attemptMinutes, daysBetween, measurePace, projectGoal, shownMinutes, snapshotOf } from './goal-projection.ts';
export type { GoalProjection, GoalSpec, PaceAttempt, ProjectionOptions, SkillSnapshot } from './goal-projection.ts';
export { activityOfDays, dueAtOfDay, formatDay, goalDraftProblem, goalPaceText, goalSpecOf, goalStatusText, goalSuggestionText, masteredByDay, nextCredentials, paceSamplesOfDays, projectLearnerGoals, streakLength } from './goals-service.ts';
export { skillsTowardOpenGoals, strengthsAndGaps } from './strengths-and-gaps.ts';
export type { GoalGraph } from './strengths-and-gaps.ts';
export type { CredentialTarget, DayActivity, GoalDraft, GoalProgress } from './goals-service.ts';
