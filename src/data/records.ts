/**
 * The shapes of everything Wayfind stores about a household, one interface per table.
 *
 * Every record carries a stable string id (crypto.randomUUID() unless the entity has a natural
 * id, like a pack id or a setting name) so that a backup can be merged into another device by id
 * without creating duplicates. Times are epoch milliseconds: numbers index and compare cheaply
 * and survive JSON unchanged, unlike Date objects.
 *
 * This file is free of Dexie on purpose: the backup validator and the command-line checker use
 * these types in Node.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Deliberately coarse: Wayfind never stores a birth date or an email. */
export type AgeBand = 'under-8' | '8-10' | '11-13' | '14-17' | 'adult';
export const AGE_BANDS: readonly AgeBand[] = ['under-8', '8-10', '11-13', '14-17', 'adult'];

export interface Learner {
  id: string;
  displayName: string;
  /** An avatar key from the built-in set (never an uploaded photo). */
  avatar: string;
  ageBand: AgeBand;
  /** BCP 47 tag, e.g. "en" or "es". */
  language: string;
  createdAt: number;
}

export interface InstalledPack {
  /** The pack's own id, which is stable across versions. */
  id: string;
  version: string;
  contentHash: string;
  installedAt: number;
  /**
   * The pack's JSON text, for packs a learner or coach imported. Built-in packs ship with the
   * app and leave this out; an imported pack has no other home on the device.
   */
  source?: string;
}

export interface Attempt {
  id: string;
  learnerId: string;
  packId: string;
  itemId: string;
  /** The skill the item was chosen to practise; the per-skill indexes use it. */
  skillId: string;
  /** Every skill the item exercises (skillId first). */
  skillIds: string[];
  response: JsonValue;
  correct: boolean;
  hintsUsed: number;
  durationMs: number;
  startedAt: number;
  answeredAt: number;
  sessionId: string | null;
  /** Local calendar day of answeredAt (YYYY-MM-DD), added in schema 2 for per-day totals. */
  day: string;
}

export type MasteryLevel = 'not-started' | 'practising' | 'familiar' | 'proficient' | 'mastered';
export const MASTERY_LEVELS: readonly MasteryLevel[] = ['not-started', 'practising', 'familiar', 'proficient', 'mastered'];

export interface SkillState {
  id: string;
  learnerId: string;
  skillId: string;
  packId: string;
  /** The model's probability (0..1) that the learner answers this skill correctly now. */
  estimate: number;
  masteryLevel: MasteryLevel;
  evidence: { attempts: number; correct: number };
  /** The spaced-review card; its shape belongs to the review service (ts-fsrs, dates as ms). */
  reviewCard: JsonObject | null;
  updatedAt: number;
}

export type SessionKind = 'practice' | 'review' | 'placement';
export const SESSION_KINDS: readonly SessionKind[] = ['practice', 'review', 'placement'];

export interface Session {
  id: string;
  learnerId: string;
  packId: string | null;
  kind: SessionKind;
  startedAt: number;
  endedAt: number | null;
  attemptCount: number;
}

export interface Goal {
  id: string;
  learnerId: string;
  title: string;
  skillIds: string[];
  targetLevel: MasteryLevel;
  dueAt: number | null;
  createdAt: number;
  completedAt: number | null;
}

/** 1 (low) to 5 (high), or null when the learner skipped the question. */
export type Rating = 1 | 2 | 3 | 4 | 5;

export interface JournalEntry {
  id: string;
  learnerId: string;
  createdAt: number;
  text: string;
  mood: Rating | null;
  confidence: Rating | null;
  sessionId: string | null;
}

export interface Project {
  id: string;
  learnerId: string;
  title: string;
  description: string;
  createdAt: number;
  updatedAt: number;
}

/** A file of evidence attached to a project. */
export interface Artifact {
  id: string;
  learnerId: string;
  projectId: string;
  name: string;
  note: string;
  file: Blob;
  createdAt: number;
}

export type CredentialOrigin = 'issued' | 'imported';

export interface Credential {
  id: string;
  learnerId: string;
  origin: CredentialOrigin;
  /** The signed Open Badges JSON exactly as signed: re-serialising it would break the proof. */
  signedJson: string;
  achievementName: string;
  issuedAt: number;
  storedAt: number;
}

/** Issuer key material; one household signs its learners' credentials. */
export interface IssuerKey {
  id: string;
  algorithm: string;
  publicKeyJwk: JsonObject;
  privateKeyJwk: JsonObject | null;
  createdAt: number;
}

/** Personalised model weights for one learner and one content pack. */
export interface ModelState {
  id: string;
  learnerId: string;
  packId: string;
  modelVersion: string;
  weights: ArrayBuffer;
  updatedAt: number;
}

/** A household setting; the id is the setting's name. */
export interface Setting {
  id: string;
  value: JsonValue;
}

/** One row type per table name. */
export interface TableRows {
  learners: Learner;
  packs: InstalledPack;
  attempts: Attempt;
  skillStates: SkillState;
  sessions: Session;
  goals: Goal;
  journal: JournalEntry;
  projects: Project;
  artifacts: Artifact;
  credentials: Credential;
  keys: IssuerKey;
  modelStates: ModelState;
  settings: Setting;
}
