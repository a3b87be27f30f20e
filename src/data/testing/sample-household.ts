/**
 * A small, deterministic household as backup tables (JSON form), for tests in Node and in
 * Chromium: two learners with a row in every table, a Blob file, model weights, and a credential
 * whose signed JSON has odd spacing (it must come back byte-exact).
 */
import { localDay } from '../day.ts';
import { bytesToBase64 } from '../backup/base64.ts';
import type { EncodedTables } from '../backup/format.ts';

export const ADA = 'learner-ada-0001';
export const BEN = 'learner-ben-0002';
const DAY = 86_400_000;
export const SAMPLE_START = Date.UTC(2026, 0, 5, 15, 0, 0);

export const SIGNED_CREDENTIAL = '{ "@context":["https://www.w3.org/ns/credentials/v2"],\n  "type" : ["VerifiableCredential","OpenBadgeCredential"], "proof":{"proofValue":"z58D\\u00e9"} }';
export const ARTIFACT_BYTES = Uint8Array.from({ length: 300 }, (_, index) => (index * 37) % 256);
export const WEIGHT_VALUES = Float32Array.from([0.25, -1.5, 3.125, 0, 42]);

function attemptsFor(learnerId: string, count: number) {
  return Array.from({ length: count }, (_, index) => {
    const answeredAt = SAMPLE_START + index * (DAY / 3);
    return {
      id: `${learnerId}-attempt-${index}`,
      learnerId,
      packId: 'pack-fractions',
      itemId: `item-${index % 5}`,
      skillId: `skill-${index % 3}`,
      skillIds: [`skill-${index % 3}`],
      response: index % 2 === 0 ? { answer: '3/4', steps: [1, 2] } : '0.75',
      correct: index % 3 !== 0,
      hintsUsed: index % 2,
      durationMs: 4_000 + index,
      startedAt: answeredAt - 4_000,
      answeredAt,
      sessionId: `${learnerId}-session-1`,
      day: localDay(answeredAt),
    };
  });
}

function learnerRows(learnerId: string, attempts: number): Omit<EncodedTables, 'learners' | 'packs' | 'keys' | 'settings' | 'packModels'> {
  return {
    attempts: attemptsFor(learnerId, attempts),
    skillStates: [0, 1, 2].map((skill) => ({
      id: `${learnerId}-state-${skill}`,
      learnerId,
      skillId: `skill-${skill}`,
      packId: 'pack-fractions',
      estimate: 0.5 + skill / 10,
      masteryLevel: 'practising',
      evidence: { attempts: 3, correct: 2 },
      reviewCard: skill === 0 ? { due: SAMPLE_START + DAY, stability: 2.5, reps: 1 } : null,
      updatedAt: SAMPLE_START,
    })),
    sessions: [{ id: `${learnerId}-session-1`, learnerId, packId: 'pack-fractions', kind: 'practice', startedAt: SAMPLE_START - 5_000, endedAt: null, attemptCount: attempts }],
    goals: [
      { id: `${learnerId}-goal-1`, learnerId, kind: 'skills', title: 'Fractions by June', packId: 'pack-fractions', credentialKey: null, skillIds: ['skill-0', 'skill-1'], targetLevel: 'proficient', minutesPerDay: null, dueAt: SAMPLE_START + 100 * DAY, setBy: 'learner', createdAt: SAMPLE_START, completedAt: null },
      { id: `${learnerId}-goal-2`, learnerId, kind: 'minutes', title: 'Twenty minutes a day', packId: null, credentialKey: null, skillIds: [], targetLevel: 'mastered', minutesPerDay: 20, dueAt: null, setBy: 'coach', createdAt: SAMPLE_START + 1, completedAt: null },
    ],
    journal: [{ id: `${learnerId}-journal-1`, learnerId, createdAt: SAMPLE_START, text: 'Today halves made sense — ½ + ¼ = ¾ ✓', mood: 4, confidence: 3, sessionId: null, prompt: 'What helped?', inPortfolio: true, sharedWithCoach: false }],
    projects: [{ id: `${learnerId}-project-1`, learnerId, title: 'Pizza fractions', description: 'Cut a pizza into eighths.', skillIds: ['skill-0'], startDay: '2026-01-03', endDay: null, createdAt: SAMPLE_START, updatedAt: SAMPLE_START }],
    artifacts: [
      {
        id: `${learnerId}-artifact-1`,
        learnerId,
        projectId: `${learnerId}-project-1`,
        name: 'pizza.png',
        note: 'photo',
        file: { type: 'image/png', size: ARTIFACT_BYTES.length, base64: bytesToBase64(ARTIFACT_BYTES) },
        createdAt: SAMPLE_START,
      },
    ],
    credentials: [{ id: `${learnerId}-credential-1`, learnerId, origin: 'issued', signedJson: SIGNED_CREDENTIAL, achievementName: 'Fraction Finder', issuedAt: SAMPLE_START, storedAt: SAMPLE_START, packId: 'pack-fractions', credentialKey: 'fraction-finder' }],
    logEntries: [{ id: `${learnerId}-log-1`, learnerId, day: '2026-01-04', minutes: 45, subject: 'Reading', kind: 'book', note: 'Charlotte’s Web, ch. 3', createdAt: SAMPLE_START }],
    skillEvents: [{ id: `${learnerId}-event-1`, learnerId, packId: 'pack-fractions', skillId: 'skill-0', at: SAMPLE_START, fromLevel: 'not-started', toLevel: 'practising', estimate: 0.55, cause: 'answer' }],
  };
}

/** A fresh copy of the sample household at the current schema (callers may mutate it). */
/** The private half of the sample key: only an encrypted backup may carry it (see PRIVATE_KEY cases). */
export const SAMPLE_PRIVATE_KEY = { kty: 'OKP', crv: 'Ed25519', x: 'abc', d: 'secret' };

/** The sample household as a plain backup holds it (the issuer key without its private half). */
export function sampleTables(): EncodedTables {
  const ada = learnerRows(ADA, 6);
  const ben = learnerRows(BEN, 4);
  const merged = Object.fromEntries(Object.keys(ada).map((table) => [table, [...ada[table as keyof typeof ada], ...ben[table as keyof typeof ben]]]));
  return {
    learners: [
      { id: ADA, displayName: 'Ada', avatar: 'fox', ageBand: '8-10', language: 'en', createdAt: SAMPLE_START - DAY },
      { id: BEN, displayName: 'Ben', avatar: 'owl', ageBand: '11-13', language: 'es', createdAt: SAMPLE_START - DAY + 1 },
    ],
    packs: [{ id: 'pack-fractions', version: '1.2.0', contentHash: 'sha256-abc', installedAt: SAMPLE_START - DAY }],
    keys: [{ id: 'key-1', algorithm: 'Ed25519', publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'abc' }, privateKeyJwk: null, createdAt: SAMPLE_START - DAY }],
    settings: [{ id: 'theme', value: 'dark' }, { id: 'reduced-motion', value: { enabled: true } }],
    packModels: [
      {
        id: 'pack-fractions',
        packId: 'pack-fractions',
        baseModelVersion: 'dkt-1',
        weights: { base64: bytesToBase64(new Uint8Array(WEIGHT_VALUES.buffer)) },
        trainedAt: SAMPLE_START,
        attemptsUsed: 10,
        heldOutAucShipped: 0.71,
        heldOutAucTuned: 0.74,
      },
    ],
    ...(merged as Omit<EncodedTables, 'learners' | 'packs' | 'keys' | 'settings' | 'packModels'>),
  };
}

type LooseTables = Record<string, Record<string, unknown>[]>;

function omitFields(rows: Record<string, unknown>[], fields: readonly string[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([field]) => !fields.includes(field))));
}

/**
 * The household as a schema-2 backup holds it: no schema-3 fields or tables, and one personalised
 * model row in the old per-learner modelStates table (which the migration drops). Rows hold what
 * the schema-3 defaults give back (a skills goal set by the learner, a private journal entry, no
 * project skills or dates), so migrating it yields `expectedFromV2()`.
 */
export function sampleTablesV2(): LooseTables {
  const tables = expectedFromV2() as unknown as LooseTables;
  const { packModels: _models, logEntries: _log, skillEvents: _events, ...rest } = tables;
  return {
    ...rest,
    goals: omitFields(rest.goals, ['kind', 'packId', 'credentialKey', 'minutesPerDay', 'setBy']),
    journal: omitFields(rest.journal, ['prompt', 'inPortfolio', 'sharedWithCoach']),
    projects: omitFields(rest.projects, ['skillIds', 'startDay', 'endDay']),
    credentials: omitFields(rest.credentials, ['packId', 'credentialKey']),
    modelStates: [{ id: 'model-1', learnerId: ADA, packId: 'pack-fractions', modelVersion: 'dkt-1', weights: { base64: bytesToBase64(new Uint8Array(WEIGHT_VALUES.buffer)) }, updatedAt: SAMPLE_START }],
  };
}

/** What sampleTablesV2() becomes at schema 3: defaults filled, new tables empty. */
export function expectedFromV2(): EncodedTables {
  const tables = sampleTables();
  return {
    ...tables,
    goals: tables.goals.filter((goal) => goal.kind === 'skills').map((goal) => ({ ...goal, packId: null, setBy: 'learner' })),
    journal: tables.journal.map((entry) => ({ ...entry, prompt: null, inPortfolio: false, sharedWithCoach: false })),
    projects: tables.projects.map((project) => ({ ...project, skillIds: [], startDay: null })),
    credentials: tables.credentials.map((credential) => ({ ...credential, packId: null, credentialKey: null })),
    packModels: [],
    logEntries: [],
    skillEvents: [],
  };
}

/** The same household as a schema-1 backup holds it: schema 2 without the attempts' `day`. */
export function sampleTablesV1(): LooseTables {
  const tables = sampleTablesV2();
  tables.attempts = omitFields(tables.attempts, ['day']);
  return tables;
}
