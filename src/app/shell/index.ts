/**
 * Shell: app-wide services that are not a learning feature.
 *
 * Owns preferences (preferences.ts, preferences-service.ts), app updates and the guard that keeps
 * an update from interrupting an answer (app-updater.ts, answer-guard.ts), persistent storage
 * (storage-persistence.ts) and whole-device backup and restore (backup-service.ts).
 * Offers: PreferencesService, AppUpdater, AnswerGuard, askForPersistence, the backup functions.
 */
export { AnswerGuard } from './answer-guard.ts';
export { AppUpdater } from './app-updater.ts';
export { BackupError, createBackupFile, previewBackup, readBackupFile, restoreBackup, saveFile } from './backup-service.ts';
export type { ChangeCounts, LearnerChanges, RestoreMode, RestorePreview, ValidBackup } from './backup-service.ts';
export { PreferencesService } from './preferences-service.ts';
export { motions, themes } from './preferences.ts';
export type { Motion, Preferences, Theme } from './preferences.ts';
export { askForPersistence, ensurePersistenceAsked } from './storage-persistence.ts';
