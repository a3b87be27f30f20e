/**
 * Backup and restore as the Settings panels use them: make a backup file and hand it to the
 * browser's download, then read a chosen file, preview what a restore would change, and commit
 * it. The checks and the writing live in src/data/backup; this file only orchestrates them.
 */
import type { WayfindDb } from '../../data/db.ts';
import { exportBackup } from '../../data/backup/export.ts';
import { BackupError, DEFAULT_LIMITS, type BackupScope } from '../../data/backup/format.ts';
import { commitRestore, previewRestore, type RestoreMode, type RestorePreview } from '../../data/backup/restore.ts';
import { parseBackup, type ValidBackup } from '../../data/backup/validate.ts';
import { localDay } from '../../data/day.ts';
import { COACH_LOCKOUT_SETTING, COACH_PIN_SETTING, CoachPinService, dbSettingsStore } from '../coach/index.ts';

export interface BackupFile {
  blob: Blob;
  fileName: string;
}

function fileSafe(text: string): string {
  return text.normalize('NFKD').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'learner';
}

/** Makes the backup file for `scope`, encrypted when a passphrase is given. */
export async function createBackupFile(
  db: WayfindDb,
  options: { scope: BackupScope; passphrase?: string; learnerName?: string; now?: number },
): Promise<BackupFile> {
  const now = options.now ?? Date.now();
  const text = await exportBackup(db, {
    scope: options.scope,
    now,
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
  });
  const who = options.scope.kind === 'all' ? 'everyone' : fileSafe(options.learnerName ?? 'learner');
  const locked = options.passphrase ? '-encrypted' : '';
  return {
    blob: new Blob([text], { type: 'application/json' }),
    fileName: `wayfind-backup-${who}-${localDay(now)}${locked}.json`,
  };
}

/** Hands a file to the browser's download (the learner chooses where it goes). */
export function saveFile(file: BackupFile, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Reads and validates a chosen file completely; nothing is written.
 * @throws BackupError with a message for the learner when the file cannot be restored.
 */
export async function readBackupFile(file: Blob, passphrase?: string): Promise<ValidBackup> {
  // Check the size before reading, so a huge file is never loaded into memory.
  if (file.size > DEFAULT_LIMITS.maxFileChars) {
    throw new BackupError('too-large', `The file is ${file.size} bytes; backups larger than ${DEFAULT_LIMITS.maxFileChars} are refused.`);
  }
  const backup = await parseBackup(await file.text(), passphrase ? { passphrase } : {});
  await checkBackupPacks(backup);
  return backup;
}

/**
 * Every imported pack a backup carries passes the same full check as a pack file chosen in
 * Settings: the app parses stored pack sources later without checking them again.
 * @throws BackupError('bad-pack') naming the pack and its first problem.
 */
export async function checkBackupPacks(backup: ValidBackup): Promise<void> {
  const withSource = backup.tables.packs.filter((row) => typeof row.source === 'string');
  if (withSource.length === 0) return;
  // The pack checker is large; only a backup that carries packs loads it.
  const { preparePackForInstall } = await import('../../content/index.ts');
  for (const row of withSource) {
    const name = String(row.id);
    let json: unknown;
    try {
      json = JSON.parse(row.source as string);
    } catch {
      throw new BackupError('bad-pack', `The pack "${name}" in the backup is not valid JSON.`);
    }
    const prepared = preparePackForInstall(json);
    const problem = prepared.problems.find((p) => p.severity === 'error');
    if (!prepared.ok || !prepared.pack) {
      throw new BackupError('bad-pack', `The pack "${name}" in the backup does not pass the pack check: ${problem ? `${problem.path}: ${problem.message}` : 'it is not a valid pack'}`);
    }
    if (prepared.pack.id !== row.id || prepared.pack.version !== row.version) {
      throw new BackupError('bad-pack', `The pack "${name}" in the backup is stored under another name or version than its content says.`);
    }
  }
}

/** Why a restore was refused before anything was written. */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
  constructor(readonly reason: 'needs-coach' | 'wrong-pin' | 'pin-locked') {
    super(reason === 'needs-coach' ? 'Restoring a backup needs the coach: open coach mode first.'
      : reason === 'wrong-pin' ? 'The coach PIN is wrong, so the backup\'s PIN was not taken and nothing was restored.'
        : 'Too many wrong PINs: wait, then try again. Nothing was restored.');
  }
}

export interface RestoreApproval {
  /** The coach unlocked coach mode in this tab (required whenever a PIN is set). */
  coachMode: boolean;
  /**
   * The current coach PIN, typed again. Only a whole-household replace uses it, and only then does
   * the backup's PIN (or its absence) replace this device's.
   */
  currentPin?: string;
}

/** What a restore does to this device's coach PIN, for the preview to say. */
export type PinOutcome = 'no-pin' | 'kept' | 'replaced-if-confirmed';

export async function pinOutcome(db: WayfindDb, backup: ValidBackup, mode: RestoreMode): Promise<PinOutcome> {
  const { hasPin } = await new CoachPinService(dbSettingsStore(db)).status();
  if (!hasPin) return 'no-pin';
  return mode === 'replace' && backup.scope.kind === 'all' ? 'replaced-if-confirmed' : 'kept';
}

/**
 * Restores `backup` in one transaction (all or nothing). With a coach PIN set, only the coach may
 * restore, and the PIN on this device survives the restore: a file cannot set, change or clear it.
 * The one exception is a whole-household replace confirmed with the current PIN.
 * @throws RestoreRefusedError before writing anything when the approval is missing or wrong.
 */
export async function restoreBackup(db: WayfindDb, backup: ValidBackup, mode: RestoreMode, approval: RestoreApproval): Promise<void> {
  const pins = new CoachPinService(dbSettingsStore(db));
  const { hasPin } = await pins.status();
  if (hasPin && !approval.coachMode) throw new RestoreRefusedError('needs-coach');
  let takeBackupPin = false;
  if (hasPin && approval.currentPin && mode === 'replace' && backup.scope.kind === 'all') {
    const result = await pins.unlock(approval.currentPin);
    if (result.outcome === 'locked') throw new RestoreRefusedError('pin-locked');
    if (result.outcome !== 'unlocked') throw new RestoreRefusedError('wrong-pin');
    takeBackupPin = true;
  }
  const keepSettings = hasPin && !takeBackupPin ? PIN_SETTINGS : [];
  return commitRestore(db, backup, mode, { keepSettings });
}

/** The settings that hold the coach PIN and its lockout: a restore leaves them alone by default. */
const PIN_SETTINGS = [COACH_PIN_SETTING, COACH_LOCKOUT_SETTING];

/** What restoring `backup` in `mode` would change, per learner and table (a kept coach PIN counts as unchanged). */
export async function previewBackup(db: WayfindDb, backup: ValidBackup, mode: RestoreMode): Promise<RestorePreview> {
  const { hasPin } = await new CoachPinService(dbSettingsStore(db)).status();
  return previewRestore(db, backup, mode, { keepSettings: hasPin ? PIN_SETTINGS : [] });
}



export { BackupError };
export type { ChangeCounts, LearnerChanges, RestoreMode, RestorePreview } from '../../data/backup/restore.ts';
export type { ValidBackup };
