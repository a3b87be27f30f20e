/**
 * Readiness: the ONE place every page reads a skill's level and a credential's progress from.
 * Today, Goals, Portfolio (credential offers and issuing), the skill map and the coach overview
 * all call these functions on the stored skill states, so they cannot disagree: a skill counts
 * towards a credential exactly when its stored level (set by the evidence rule of mastery.ts)
 * is at least the level the credential asks for. No page compares raw model estimates.
 */
import type { MasteryLevel, SkillState } from '../../data/records.ts';
import { atLeast } from './mastery.ts';

export type ReadinessState = Pick<SkillState, 'skillId' | 'masteryLevel'> & Partial<Pick<SkillState, 'packId' | 'placed' | 'estimate'>>;

export interface SkillReadiness {
  skillId: string;
  level: MasteryLevel;
  /** The level rests on placement, not yet confirmed by practice. */
  placed: boolean;
  /** The model's latest estimate (advice only), or null when the skill has no state. */
  estimate: number | null;
}

/** A skill's level as every page shows it. */
export function skillReadiness(states: readonly ReadinessState[], skillId: string, packId?: string): SkillReadiness {
  const state = states.find((s) => s.skillId === skillId && (packId === undefined || s.packId === undefined || s.packId === packId));
  return { skillId, level: state?.masteryLevel ?? 'not-started', placed: state?.placed === true, estimate: state?.estimate ?? null };
}

/** Whether a skill at `level` meets a requirement of `target`. */
export function meetsLevel(level: MasteryLevel, target: MasteryLevel): boolean {
  return atLeast(level, target);
}

export interface CredentialProgress {
  /** Required skills that meet the level. */
  done: number;
  total: number;
  /** Required skill ids still short of the level, in the credential's order. */
  missing: string[];
  met: boolean;
}

/** How far a learner is towards "every one of `skillIds` at `level`". */
export function credentialProgress(skillIds: readonly string[], level: MasteryLevel, states: readonly ReadinessState[], packId?: string): CredentialProgress {
  const missing = skillIds.filter((id) => !meetsLevel(skillReadiness(states, id, packId).level, level));
  return { done: skillIds.length - missing.length, total: skillIds.length, missing, met: missing.length === 0 };
}
