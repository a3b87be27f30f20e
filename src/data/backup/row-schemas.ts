/**
 * The structure of every table's rows in a current-schema backup, as valibot schemas. Rows are
 * strict objects: an unexpected field means the file is not what it claims to be.
 */
import * as v from 'valibot';
import { AGE_BANDS, GOAL_KINDS, MASTERY_LEVELS, OFF_SCREEN_ACTIVITIES, SESSION_KINDS } from '../records.ts';
import type { TableName } from '../schema.ts';
import { base64ByteLength } from './base64.ts';
import type { BackupLimits } from './format.ts';
import { jsonProblem } from './json-safety.ts';

export type RowSchema = v.GenericSchema<unknown, Record<string, unknown>>;

export function rowSchemas(limits: BackupLimits): Record<TableName, RowSchema> {
  const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(limits.maxShortTextChars, 'is too long'));
  const shortText = v.pipe(v.string(), v.maxLength(limits.maxShortTextChars, 'is too long'));
  const longText = v.pipe(v.string(), v.maxLength(limits.maxTextChars, 'is too long'));
  const time = v.pipe(v.number(), v.finite(), v.minValue(0, 'must not be negative'));
  const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0, 'must not be negative'));
  const probability = v.pipe(v.number(), v.minValue(0, 'must be at least 0'), v.maxValue(1, 'must be at most 1'));
  const rating = v.nullable(v.picklist([1, 2, 3, 4, 5]));
  const idList = v.pipe(v.array(id), v.maxLength(1_000, 'has too many entries'));
  const safeJson = <T>() =>
    v.check<T, (issue: v.CheckIssue<T>) => string>(
      (input) => jsonProblem(input, limits.maxJsonDepth) === null,
      (issue) => `is not safe JSON: it contains ${jsonProblem(issue.input, limits.maxJsonDepth)}`,
    );
  const json = v.pipe(v.unknown(), safeJson<unknown>());
  const jsonObject = v.pipe(v.record(v.string(), v.unknown()), safeJson<Record<string, unknown>>());
  const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day as YYYY-MM-DD'));
  const maxBase64Chars = Math.ceil(limits.maxBlobBytes / 3) * 4;
  const base64 = v.pipe(
    v.string(),
    v.maxLength(maxBase64Chars, `holds more than the ${limits.maxBlobBytes} bytes allowed for one file`),
    v.check((text) => base64ByteLength(text) !== null, 'is not valid base64'),
  );
  const blob = v.pipe(
    v.strictObject({ type: shortText, size: count, base64 }),
    v.check((encoded) => base64ByteLength(encoded.base64) === encoded.size, 'has a size that does not match its data'),
  );

  return {
    learners: v.strictObject({
      id,
      displayName: v.pipe(shortText, v.minLength(1, 'must not be empty')),
      avatar: shortText,
      ageBand: v.picklist(AGE_BANDS),
      language: v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag')),
      createdAt: time,
    }),
    packs: v.strictObject({ id, version: shortText, contentHash: shortText, installedAt: time, source: v.optional(v.pipe(v.string(), v.maxLength(20_000_000))) }),
    // attempt-row-check.ts mirrors this schema for speed (attempts are most of a file): change both.
    attempts: v.strictObject({
      id,
      learnerId: id,
      packId: id,
      itemId: id,
      skillId: id,
      skillIds: idList,
      response: json,
      correct: v.boolean(),
      hintsUsed: count,
      durationMs: count,
      startedAt: time,
      answeredAt: time,
      sessionId: v.nullable(id),
      day,
      estimate: v.optional(probability),
    }),
    skillStates: v.strictObject({
      id,
      learnerId: id,
      skillId: id,
      packId: id,
      estimate: probability,
      masteryLevel: v.picklist(MASTERY_LEVELS),
      evidence: v.strictObject({ attempts: count, correct: count }),
      reviewCard: v.nullable(jsonObject),
      placed: v.optional(v.boolean()),
      updatedAt: time,
    }),
    sessions: v.strictObject({
      id,
      learnerId: id,
      packId: v.nullable(id),
      kind: v.picklist(SESSION_KINDS),
      startedAt: time,
      endedAt: v.nullable(time),
      attemptCount: count,
    }),
    goals: v.strictObject({
      id,
      learnerId: id,
      kind: v.picklist(GOAL_KINDS),
      title: shortText,
      packId: v.nullable(id),
      credentialKey: v.nullable(id),
      skillIds: idList,
      targetLevel: v.picklist(MASTERY_LEVELS),
      minutesPerDay: v.nullable(v.pipe(count, v.maxValue(24 * 60, 'is more minutes than a day has'))),
      dueAt: v.nullable(time),
      setBy: v.picklist(['learner', 'coach']),
      createdAt: time,
      completedAt: v.nullable(time),
    }),
    journal: v.strictObject({
      id,
      learnerId: id,
      createdAt: time,
      text: longText,
      mood: rating,
      confidence: rating,
      sessionId: v.nullable(id),
      prompt: v.nullable(shortText),
      inPortfolio: v.boolean(),
      sharedWithCoach: v.boolean(),
    }),
    projects: v.strictObject({
      id,
      learnerId: id,
      title: shortText,
      description: longText,
      skillIds: idList,
      startDay: v.nullable(day),
      endDay: v.nullable(day),
      createdAt: time,
      updatedAt: time,
    }),
    artifacts: v.strictObject({ id, learnerId: id, projectId: id, name: shortText, note: longText, file: blob, createdAt: time }),
    credentials: v.strictObject({
      id,
      learnerId: id,
      origin: v.picklist(['issued', 'imported']),
      signedJson: longText,
      achievementName: shortText,
      issuedAt: time,
      storedAt: time,
      packId: v.nullable(id),
      credentialKey: v.nullable(id),
    }),
    keys: v.strictObject({
      id,
      algorithm: shortText,
      publicKeyJwk: jsonObject,
      privateKeyJwk: v.nullable(jsonObject),
      createdAt: time,
    }),
    packModels: v.strictObject({
      id,
      packId: id,
      baseModelVersion: shortText,
      weights: v.strictObject({ base64 }),
      trainedAt: time,
      attemptsUsed: count,
      heldOutAucShipped: probability,
      heldOutAucTuned: probability,
    }),
    settings: v.strictObject({ id, value: json }),
    logEntries: v.strictObject({
      id,
      learnerId: id,
      day,
      minutes: v.pipe(count, v.maxValue(24 * 60, 'is more minutes than a day has')),
      subject: v.pipe(shortText, v.minLength(1, 'must not be empty')),
      kind: v.picklist(OFF_SCREEN_ACTIVITIES),
      note: longText,
      createdAt: time,
    }),
    skillEvents: v.strictObject({
      id,
      learnerId: id,
      packId: id,
      skillId: id,
      at: time,
      fromLevel: v.picklist(MASTERY_LEVELS),
      toLevel: v.picklist(MASTERY_LEVELS),
      estimate: probability,
      cause: v.picklist(['answer', 'placement', 'review']),
    }),
  };
}
