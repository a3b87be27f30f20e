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
  return parseBackup(await file.text(), passphrase ? { passphrase } : {});
}

/** What restoring `backup` in `mode` would change, per learner and table. */
export function previewBackup(db: WayfindDb, backup: ValidBackup, mode: RestoreMode): Promise<RestorePreview> {
  return previewRestore(db, backup, mode);
}

/** Restores `backup` in one transaction (all or nothing). */
export function restoreBackup(db: WayfindDb, backup: ValidBackup, mode: RestoreMode): Promise<void> {
  return commitRestore(db, backup, mode);
}

export { BackupError };
export type { ChangeCounts, LearnerChanges, RestoreMode, RestorePreview } from '../../data/backup/restore.ts';
export type { ValidBackup };
