/**
 * Practice: the adaptive tutor a learner works with every day.
 *
 * Owns the practice session (practice-session.ts and its parts: item pool, help, answer
 * assessment, summary), the tutor policy that picks the next skill (tutor-policy.ts), mastery levels
 * (mastery.ts: levels on evidence; readiness.ts: the one place pages read levels and credential
 * progress), spaced review (review.ts) and access to the learning model
 * (knowledge-model.ts, personalization.ts, with BKT as the fallback).
 * Offers: startPractice and the session types, mastery helpers, review scheduling.
 * Lazy entries (loaded with import() to keep TensorFlow.js out of the first download):
 *   ./knowledge-model.ts, ./personalization.ts
 */
export { abilityNoise } from './ability-noise.ts';
export type { AbilityNoise } from './ability-noise.ts';
export { DEFAULT_ESTIMATE_LINE, MASTERY_RULE, atLeast, estimateLine, levelBelow, masteryLevel, nextLevel, summariseEvidence } from './mastery.ts';
export type { LevelChange, MasteryEvidence, MasteryRule, NextLevelNeeds } from './mastery.ts';
export { credentialProgress, meetsLevel, skillReadiness } from './readiness.ts';
export type { CredentialProgress, ReadinessState, SkillReadiness } from './readiness.ts';
export { newAttempt } from './new-attempt.ts';
export type { AnsweredItem } from './new-attempt.ts';
export type { PracticeSession, PresentedItem, SessionSummary } from './practice-session.ts';
export { afterPractice, choosePack, chosenPackId, packForSetting, readPack, startPractice } from './practice-setup.ts';
export { TARGET_RETENTION, cardForNewlyMastered, dueReviews } from './review.ts';
export { skillsTowardGoals } from './tutor-policy.ts';
export type { WhyThis } from './tutor-policy.ts';
