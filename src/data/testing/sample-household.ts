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

function learnerRows(learnerId: string, attempts: number): Omit<EncodedTables, 'learners' | 'packs' | 'keys' | 'settings'> {
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
    goals: [{ id: `${learnerId}-goal-1`, learnerId, title: 'Fractions by June', skillIds: ['skill-0', 'skill-1'], targetLevel: 'proficient', dueAt: SAMPLE_START + 100 * DAY, createdAt: SAMPLE_START, completedAt: null }],
    journal: [{ id: `${learnerId}-journal-1`, learnerId, createdAt: SAMPLE_START, text: 'Today halves made sense — ½ + ¼ = ¾ ✓', mood: 4, confidence: 3, sessionId: null }],
    projects: [{ id: `${learnerId}-project-1`, learnerId, title: 'Pizza fractions', description: 'Cut a pizza into eighths.', createdAt: SAMPLE_START, updatedAt: SAMPLE_START }],
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
    credentials: [{ id: `${learnerId}-credential-1`, learnerId, origin: 'issued', signedJson: SIGNED_CREDENTIAL, achievementName: 'Fraction Finder', issuedAt: SAMPLE_START, storedAt: SAMPLE_START }],
    modelStates: [{ id: `${learnerId}-model-1`, learnerId, packId: 'pack-fractions', modelVersion: 'dkt-1', weights: { base64: bytesToBase64(new Uint8Array(WEIGHT_VALUES.buffer)) }, updatedAt: SAMPLE_START }],
  };
}

/** A fresh copy of the sample household at the current schema (callers may mutate it). */
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
    keys: [{ id: 'key-1', algorithm: 'Ed25519', publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'abc' }, privateKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'abc', d: 'secret' }, createdAt: SAMPLE_START - DAY }],
    settings: [{ id: 'theme', value: 'dark' }, { id: 'reduced-motion', value: { enabled: true } }],
    ...(merged as Omit<EncodedTables, 'learners' | 'packs' | 'keys' | 'settings'>),
  };
}

/** The same household as a schema-1 backup holds it: attempts have no `day` yet. */
export function sampleTablesV1(): EncodedTables {
  const tables = sampleTables();
  tables.attempts = tables.attempts.map(({ day: _day, ...rest }) => rest);
  return tables;
}
