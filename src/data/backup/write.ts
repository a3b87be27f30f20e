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
  /**
   * The attempts as the text of a canonical JSON array, written in place of `tables.attempts`
   * (the export splices the stored block texts in without parsing them).
   */
  attemptsJson?: string;
}

// Stands in for the attempts while the rest of the payload is made canonical. Only "artifacts"
// sorts before "attempts", and its rows hold no arrays, so the slot's text is found first.
const ATTEMPTS_SLOT = '\u0000wayfind-attempts\u0000';

/** The text of a backup file holding `tables`. */
export async function writeBackupText(
  tables: EncodedTables,
  options: WriteOptions,
): Promise<string> {
  const payload: BackupPayload = {
    schemaVersion: options.schemaVersion ?? CURRENT_SCHEMA_VERSION,
    createdAt: options.createdAt,
    scope: options.scope,
    tables: options.attemptsJson === undefined ? tables : ({ ...tables, attempts: [ATTEMPTS_SLOT] } as unknown as EncodedTables),
  };
  let canonicalPayload = canonicalJson(payload);
  if (options.attemptsJson !== undefined) {
    const slot = JSON.stringify([ATTEMPTS_SLOT]);
    const at = canonicalPayload.indexOf(slot);
    canonicalPayload = canonicalPayload.slice(0, at) + options.attemptsJson + canonicalPayload.slice(at + slot.length);
  }
  const checksum = await canonicalTextChecksum(canonicalPayload);
  // Built by hand around the canonical payload so the (large) payload is serialised only once.
  const plain = `{"checksum":${JSON.stringify(checksum)},"format":"${BACKUP_FORMAT}","formatVersion":${BACKUP_FORMAT_VERSION},"payload":${canonicalPayload}}`;
  if (options.passphrase === undefined || options.passphrase === '') return plain;
  const sealed = await encryptText(plain, options.passphrase, options.iterations ?? DEFAULT_ITERATIONS);
  return JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...sealed });
}
