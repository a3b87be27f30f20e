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
  /**
   * The model's estimate on skillId right after this answer, as the practice session saw it
   * (absent on placement answers and on answers stored before it was kept). The mastery rule
   * reads it: the estimate must have reached the skill's line during the current run of right
   * answers (src/app/practice/mastery.ts).
   */
  estimate?: number;
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
  /**
   * The level comes from the placement check and practice has not confirmed it yet (at most
   * "proficient"; see src/app/practice/mastery.ts). Absent for levels earned in practice.
   */
  placed?: boolean;
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

/**
 * What a goal asks for: earn one of a pack's credentials, bring a set of skills to a level, or
 * practise a number of minutes a day. Schema 3 added the kind and its fields.
 */
export type GoalKind = 'credential' | 'skills' | 'minutes';
export const GOAL_KINDS: readonly GoalKind[] = ['credential', 'skills', 'minutes'];

export interface Goal {
  id: string;
  learnerId: string;
  kind: GoalKind;
  title: string;
  /** The pack the goal belongs to (null for a minutes-a-day goal). */
  packId: string | null;
  /** For kind 'credential': the pack credential's id (its skills are also copied into skillIds). */
  credentialKey: string | null;
  /** For kinds 'skills' and 'credential': the skills to bring to targetLevel. */
  skillIds: string[];
  targetLevel: MasteryLevel;
  /** For kind 'minutes': minutes of practice a day. */
  minutesPerDay: number | null;
  dueAt: number | null;
  /** Who set it: the learner, or the coach (from coach mode). */
  setBy: 'learner' | 'coach';
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
  /** The prompt the learner answered, if any (schema 3). */
  prompt: string | null;
  /** The learner's choice: include this entry in the exported portfolio (schema 3). */
  inPortfolio: boolean;
  /** The learner's choice: show this entry to the coach and in term reports (schema 3). */
  sharedWithCoach: boolean;
}

/** Kinds of learning recorded by hand, away from the screen (schema 3). */
export type OffScreenActivity = 'book' | 'field-trip' | 'project' | 'other';
export const OFF_SCREEN_ACTIVITIES: readonly OffScreenActivity[] = ['book', 'field-trip', 'project', 'other'];

/** A manual entry in the homeschool learning log (time on the app is counted from attempts). */
export interface LogEntry {
  id: string;
  learnerId: string;
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  minutes: number;
  subject: string;
  kind: OffScreenActivity;
  note: string;
  createdAt: number;
}

/**
 * A change of a skill's mastery level (schema 3), written in the same transaction as the answer
 * or placement that caused it; dashboards chart mastery over time and alerts spot sliding from it.
 */
export interface SkillEvent {
  id: string;
  learnerId: string;
  packId: string;
  skillId: string;
  at: number;
  fromLevel: MasteryLevel;
  toLevel: MasteryLevel;
  estimate: number;
  cause: 'answer' | 'placement' | 'review';
}

export interface Project {
  id: string;
  learnerId: string;
  title: string;
  description: string;
  /** Skills the project practised or shows (schema 3). */
  skillIds: string[];
  /** When the work ran, as local days YYYY-MM-DD (schema 3). */
  startDay: string | null;
  endDay: string | null;
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
  /** For credentials issued from a pack: the pack and the pack credential's id (schema 3). */
  packId: string | null;
  credentialKey: string | null;
}

/** Issuer key material; one household signs its learners' credentials. */
export interface IssuerKey {
  id: string;
  algorithm: string;
  publicKeyJwk: JsonObject;
  privateKeyJwk: JsonObject | null;
  createdAt: number;
}

/**
 * The household's fine-tuned DKT weights for one content pack (schema 3; the id is the pack id).
 * Replaced the per-learner modelStates table of schemas 1-2, which the app never wrote: one
 * household's answers are too few to tune a model per child.
 */
export interface PackModel {
  id: string;
  packId: string;
  /** The shipped model the weights were tuned from (its metadata version or hash). */
  baseModelVersion: string;
  /** Weights in tfjs order, concatenated float32 (the shipped model.json gives the shapes). */
  weights: ArrayBuffer;
  trainedAt: number;
  attemptsUsed: number;
  /** Held-out AUC of the shipped and the tuned model on the same slice of household answers. */
  heldOutAucShipped: number;
  heldOutAucTuned: number;
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
  packModels: PackModel;
  settings: Setting;
  logEntries: LogEntry;
  skillEvents: SkillEvent;
}
