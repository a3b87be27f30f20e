import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sampleTables } from '../testing/sample-household.ts';
import { attemptRowCheck } from './attempt-row-check.ts';
import { DEFAULT_LIMITS } from './format.ts';
import { rowSchemas } from './row-schemas.ts';

type Loose = Record<string, unknown>;

const schema = rowSchemas(DEFAULT_LIMITS).attempts;
const quickCheck = attemptRowCheck(DEFAULT_LIMITS);
const schemaAccepts = (row: unknown) => v.safeParse(schema, row).success;

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

/** Each edit makes a variant of a valid attempt: some still valid, most not. */
const EDITS: Record<string, (row: Loose) => void> = {
  'session null': (row) => void (row.sessionId = null),
  'no skills': (row) => void (row.skillIds = []),
  'answer as a plain number': (row) => void (row.response = 12),
  'answer null': (row) => void (row.response = null),
  'extra field': (row) => void (row.extra = 1),
  'field missing': (row) => void delete row.day,
  'response missing': (row) => void delete row.response,
  'response undefined': (row) => void (row.response = undefined),
  'empty id': (row) => void (row.id = ''),
  'id too long': (row) => void (row.id = 'x'.repeat(DEFAULT_LIMITS.maxShortTextChars + 1)),
  'id a number': (row) => void (row.learnerId = 7),
  'skill list of numbers': (row) => void (row.skillIds = [1]),
  'skill list too long': (row) => void (row.skillIds = Array.from({ length: 1_001 }, (_, index) => `s${index}`)),
  'skill list not a list': (row) => void (row.skillIds = 'skill-1'),
  'correct as text': (row) => void (row.correct = 'yes'),
  'negative hints': (row) => void (row.hintsUsed = -1),
  'fractional hints': (row) => void (row.hintsUsed = 0.5),
  'duration beyond safe integers': (row) => void (row.durationMs = 2 ** 60),
  'negative time': (row) => void (row.startedAt = -1),
  'time as text': (row) => void (row.answeredAt = '2026-01-01'),
  'session empty': (row) => void (row.sessionId = ''),
  'malformed day': (row) => void (row.day = '2026-1-1'),
  'day as a number': (row) => void (row.day = 20260101),
  'answer nested too deep': (row) => void (row.response = nested(DEFAULT_LIMITS.maxJsonDepth + 1)),
  'answer with a forbidden key': (row) => void (row.response = JSON.parse('{"__proto__":{"a":1}}')),
  'answer holding a function': (row) => void (row.response = { run: () => 1 }),
  'estimate kept': (row) => void (row.estimate = 0.82),
  'estimate of 1': (row) => void (row.estimate = 1),
  'estimate above 1': (row) => void (row.estimate = 1.2),
  'estimate below 0': (row) => void (row.estimate = -0.1),
  'estimate as text': (row) => void (row.estimate = '0.8'),
  'estimate not a number': (row) => void (row.estimate = Number.NaN),
  'estimate undefined': (row) => void (row.estimate = undefined),
  'row is a list': () => undefined,
};

describe('attemptRowCheck, the quick path for attempt rows', () => {
  it('accepts the sample attempts, which the schema accepts too', () => {
    for (const row of sampleTables().attempts) {
      expect(schemaAccepts(row)).toBe(true);
      expect(quickCheck(row)).toBe(true);
    }
  });

  for (const [name, edit] of Object.entries(EDITS)) {
    it(`never accepts what the schema rejects: ${name}`, () => {
      const row = structuredClone(sampleTables().attempts[0]!) as Loose;
      edit(row);
      const input = name === 'row is a list' ? Object.values(row) : row;
      // The one property that keeps validation exact: quick acceptance implies schema acceptance.
      if (!schemaAccepts(input)) expect(quickCheck(input)).toBe(false);
      else expect(quickCheck(input), 'a valid variant should take the quick path').toBe(true);
    });
  }

  it('rejects the non-objects', () => {
    for (const input of [null, undefined, 'attempt', 3, []]) expect(quickCheck(input)).toBe(false);
  });
});
