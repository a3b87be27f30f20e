/**
 * Placement: the short diagnostic that finds where a new learner stands in a pack's skill graph.
 *
 * Owns the knowledge-space belief (knowledge-space.ts, placement.ts), which item to ask next
 * (placement-items.ts), the per-pack calibration and settings (placement-calibration.ts,
 * placement-settings.ts) and the stored session that records each answer and applies the result
 * (placement-session.ts).
 * Offers: startPlacementSession / storePlacementAnswer / finishPlacement and their step types.
 */
export { loadPlacementCalibration } from './placement-calibration.ts';
export { PlacementSession, finishPlacement, startPlacementSession, storePlacementAnswer } from './placement-session.ts';
export type { PlacementSkillResult, PlacementStep } from './placement-session.ts';
export { DEFAULT_PLACEMENT_OPTIONS } from './placement.ts';
export type { PlacementOptions } from './placement.ts';
