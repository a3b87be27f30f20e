/**
 * Practice: the adaptive tutor a learner works with every day.
 *
 * Owns the practice session (practice-session.ts and its parts: item pool, help, answer
 * assessment, summary), the tutor policy that picks the next skill (tutor-policy.ts), mastery levels
 * (mastery.ts, achievable-mastery.ts), spaced review (review.ts) and access to the learning model
 * (knowledge-model.ts, personalization.ts, with BKT as the fallback).
 * Offers: startPractice and the session types, mastery helpers, review scheduling.
 * Lazy entries (loaded with import() to keep TensorFlow.js out of the first download):
 *   ./knowledge-model.ts, ./personalization.ts
 */
export { abilityNoise } from './ability-noise.ts';
export type { AbilityNoise } from './ability-noise.ts';
export { ACHIEVABLE_MASTERY } from './achievable-mastery.ts';
export type { AchievableMasteryOptions } from './achievable-mastery.ts';
export { MASTERY_RULE, atLeast, levelBelow } from './mastery.ts';
export type { MasteryRule } from './mastery.ts';
export { newAttempt } from './new-attempt.ts';
export type { AnsweredItem } from './new-attempt.ts';
export type { PracticeSession, PresentedItem, SessionSummary } from './practice-session.ts';
export { afterPractice, choosePack, chosenPackId, packForSetting, readPack, startPractice } from './practice-setup.ts';
export { TARGET_RETENTION, cardForNewlyMastered, dueReviews } from './review.ts';
export type { WhyThis } from './tutor-policy.ts';
