/**
 * Coach: the household on one device and the parent who coaches it.
 *
 * Owns the learner profiles and switching between them (household.ts), the coach PIN and its
 * lockout (coach-pin.ts), the coach report and settings (coach-service.ts), the per-learner overview
 * (household-overview.ts) and the risk alerts (risk-alerts.ts).
 * Offers: HouseholdService, CoachPinService, loadCoachReport and the report types.
 */
export { DEFAULT_LOCKOUT_POLICY } from './coach-pin.ts';
export { COACH_LOCKOUT_SETTING, CoachPinService, EMPTY_DIRECTORY, INACTIVE_DAYS_SETTING, MAX_INACTIVE_DAYS, MIN_INACTIVE_DAYS, dbSettingsStore, loadCoachReport, loadPackDirectory, saveInactiveDays } from './coach-service.ts';
export type { CoachReport, CoachUnlockResult, LearnerAlert, PackDirectory, SetPinResult } from './coach-service.ts';
export type { LearnerOverview } from './household-overview.ts';
export { COACH_PIN_SETTING, HouseholdService } from './household.ts';
export type { HouseholdSnapshot } from './household.ts';
export type { RiskAction, RiskAlert } from './risk-alerts.ts';
