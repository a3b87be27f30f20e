/**
 * A hand-written check for the hot table, attempts, that accepts exactly the rows the valibot
 * schema in row-schemas.ts accepts, without valibot's per-field pipeline and issue objects (at
 * 100,000 attempts that pipeline was most of a restore's validation time).
 *
 * It only ever says "certainly valid": a row it does not accept goes through the valibot schema,
 * which rejects it with its specific message. So it may be stricter than the schema, never looser.
 * Keep the two in step: every field and limit here mirrors the schema's.
 */
import type { BackupLimits } from './format.ts';
import { jsonProblem } from './json-safety.ts';

const ATTEMPT_FIELDS = new Set([
  'id',
  'learnerId',
  'packId',
  'itemId',
  'skillId',
  'skillIds',
  'response',
  'correct',
  'hintsUsed',
  'durationMs',
  'startedAt',
  'answeredAt',
  'sessionId',
  'day',
]);
/** Fields a row may leave out (every other field is required). */
const OPTIONAL_FIELDS = new Set(['estimate']);

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_SKILL_IDS = 1_000;

export type FastRowCheck = (row: unknown) => boolean;

/** A check that is true only for attempt rows the schema certainly accepts under `limits`. */
export function attemptRowCheck(limits: BackupLimits): FastRowCheck {
  const isId = (value: unknown): boolean =>
    typeof value === 'string' && value.length >= 1 && value.length <= limits.maxShortTextChars;
  const isTime = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0;
  const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
    // Strict object: exactly these fields (the optional ones may be absent), each the row's own.
    let required = 0;
    for (const key in input) {
      if ((!ATTEMPT_FIELDS.has(key) && !OPTIONAL_FIELDS.has(key)) || !Object.hasOwn(input, key)) return false;
      if (ATTEMPT_FIELDS.has(key)) required += 1;
    }
    if (required !== ATTEMPT_FIELDS.size) return false;
    const row = input as Record<string, unknown>;
    if (row.estimate !== undefined && !(typeof row.estimate === 'number' && row.estimate >= 0 && row.estimate <= 1)) return false;
    if (!isId(row.id) || !isId(row.learnerId) || !isId(row.packId) || !isId(row.itemId) || !isId(row.skillId)) return false;
    const skillIds = row.skillIds;
    if (!Array.isArray(skillIds) || skillIds.length > MAX_SKILL_IDS) return false;
    for (const skillId of skillIds) if (!isId(skillId)) return false;
    if (typeof row.correct !== 'boolean') return false;
    if (!isCount(row.hintsUsed) || !isCount(row.durationMs)) return false;
    if (!isTime(row.startedAt) || !isTime(row.answeredAt)) return false;
    if (row.sessionId !== null && !isId(row.sessionId)) return false;
    if (typeof row.day !== 'string' || !DAY_SHAPE.test(row.day)) return false;
    return jsonProblem(row.response, limits.maxJsonDepth) === null;
  };
}
