/**
 * Serialises encoded tables into the text of a backup file: canonical payload, checksum, and
 * optional encryption. No Dexie here, so Node tests and tools can write backups too.
 */
import { CURRENT_SCHEMA_VERSION } from '../schema.ts';
import { canonicalJson } from './canonical-json.ts';
import { canonicalTextChecksum } from './checksum.ts';
import { encryptText } from './crypto.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DEFAULT_ITERATIONS, type BackupPayload, type BackupScope, type EncodedTables } from './format.ts';

export interface WriteOptions {
  scope: BackupScope;
  createdAt: number;
  /** Defaults to the current schema; tests write older ones to check migrations. */
  schemaVersion?: number;
  passphrase?: string;
  iterations?: number;
}

/** The text of a backup file holding `tables`. */
export async function writeBackupText(
  tables: EncodedTables,
  options: WriteOptions,
): Promise<string> {
  const payload: BackupPayload = {
    schemaVersion: options.schemaVersion ?? CURRENT_SCHEMA_VERSION,
    createdAt: options.createdAt,
    scope: options.scope,
    tables,
  };
  const canonicalPayload = canonicalJson(payload);
  const checksum = await canonicalTextChecksum(canonicalPayload);
  // Built by hand around the canonical payload so the (large) payload is serialised only once.
  const plain = `{"checksum":${JSON.stringify(checksum)},"format":"${BACKUP_FORMAT}","formatVersion":${BACKUP_FORMAT_VERSION},"payload":${canonicalPayload}}`;
  if (options.passphrase === undefined || options.passphrase === '') return plain;
  const sealed = await encryptText(plain, options.passphrase, options.iterations ?? DEFAULT_ITERATIONS);
  return JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...sealed });
}
