/**
 * The backup file format, its limits and its errors. No Dexie here: the command-line checker
 * and the Node tests use this module as it is.
 *
 * A plain file is JSON:
 *   { "format": "wayfind-backup", "formatVersion": 1, "checksum": "sha256:<hex>", "payload": {...} }
 * where payload = { schemaVersion, createdAt, scope, tables } and the checksum is SHA-256 over
 * the canonical JSON of payload (keys sorted, no spaces: see canonical-json.ts).
 *
 * An encrypted file wraps the plain file's text:
 *   { "format": "wayfind-backup", "formatVersion": 1, "encryption": {...}, "ciphertext": "<base64>" }
 * with AES-GCM under a key derived by PBKDF2-SHA-256 from the passphrase (see crypto.ts).
 */
import type { TableName } from '../schema.ts';

export const BACKUP_FORMAT = 'wayfind-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** The oldest schema whose backups can still be migrated on restore. */
export const OLDEST_RESTORABLE_SCHEMA = 1;

export type BackupScope = { kind: 'all' } | { kind: 'learner'; learnerId: string };

/** A Blob as stored in a backup file. */
export interface EncodedBlob {
  type: string;
  size: number;
  base64: string;
}

/** Raw bytes (an ArrayBuffer) as stored in a backup file. */
export interface EncodedBytes {
  base64: string;
}

/** Rows as JSON: like the records, with Blobs and ArrayBuffers encoded. */
export type EncodedTables = Record<TableName, Record<string, unknown>[]>;

export interface BackupPayload {
  schemaVersion: number;
  createdAt: number;
  scope: BackupScope;
  tables: EncodedTables;
}

export interface PlainEnvelope {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  checksum: string;
  payload: BackupPayload;
}

export interface EncryptionHeader {
  cipher: 'AES-GCM';
  kdf: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: string;
  iv: string;
  /** A known text encrypted under the same key: tells a wrong passphrase from a damaged file. */
  verifier: { iv: string; data: string };
}

export interface EncryptedEnvelope {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  encryption: EncryptionHeader;
  ciphertext: string;
}

/** Bounds that keep a hostile file from exhausting memory or time. */
export interface BackupLimits {
  /** Largest file accepted, in characters of text (about bytes for a JSON file). */
  maxFileChars: number;
  maxRowsPerTable: number;
  /** Longest free text (journal entries, descriptions, signed credentials). */
  maxTextChars: number;
  /** Longest short text (ids, names, titles). */
  maxShortTextChars: number;
  maxBlobBytes: number;
  /** Deepest nesting inside free-form JSON fields (responses, review cards, keys, settings). */
  maxJsonDepth: number;
  minIterations: number;
  maxIterations: number;
}

export const DEFAULT_LIMITS: BackupLimits = {
  maxFileChars: 512 * 1024 * 1024,
  maxRowsPerTable: 5_000_000,
  maxTextChars: 200_000,
  maxShortTextChars: 1_000,
  maxBlobBytes: 100 * 1024 * 1024,
  maxJsonDepth: 32,
  minIterations: 310_000,
  maxIterations: 10_000_000,
};

/** PBKDF2 iterations for new backups (OWASP's current advice for PBKDF2-SHA-256). */
export const DEFAULT_ITERATIONS = 600_000;

export type BackupErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-a-backup'
  | 'format-version'
  | 'bad-envelope'
  | 'passphrase-required'
  | 'wrong-passphrase'
  | 'damaged-ciphertext'
  | 'bad-encryption'
  | 'checksum-mismatch'
  | 'schema-too-new'
  | 'schema-unknown'
  | 'bad-scope'
  | 'bad-tables'
  | 'too-many-rows'
  | 'bad-row'
  | 'hostile-json'
  | 'bad-blob'
  | 'duplicate-id'
  | 'orphan-row'
  | 'private-key-unencrypted'
  | 'bad-pack';

/** A rejected backup: `code` for programs, `message` says exactly what is wrong. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(readonly code: BackupErrorCode, message: string) {
    super(message);
  }
}
