/**
 * Tampering: any single change to a freshly issued credential (each leaf value altered, each
 * property removed, a property added) makes verification fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCredential, verifyCredential } from './credential-crypto.ts';
import { generateIssuerKey } from './issuer-key.ts';
import type { JsonObject, JsonValue } from './open-badge-credential.ts';
import { sampleIssueInput } from './sample-credential.testing.ts';

type Path = (string | number)[];

function paths(value: JsonValue, prefix: Path = []): { leaves: Path[]; properties: Path[] } {
  if (value === null || typeof value !== 'object') return { leaves: [prefix], properties: [] };
  const entries: [string | number, JsonValue][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  const result = { leaves: [] as Path[], properties: [] as Path[] };
  for (const [key, child] of entries) {
    const inner = paths(child, [...prefix, key]);
    result.leaves.push(...inner.leaves);
    result.properties.push([...prefix, key], ...inner.properties);
  }
  return result;
}

function parentOf(document: JsonValue, path: Path): JsonValue & object {
  return path.slice(0, -1).reduce<JsonValue>((node, key) => (node as Record<string | number, JsonValue>)[key], document) as JsonValue & object;
}

/** A different value of the same kind: a string with its last character changed. */
function altered(value: JsonValue): JsonValue {
  if (typeof value === 'string') return value.slice(0, -1) + (value.endsWith('a') ? 'b' : 'a');
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  return 'tampered';
}

const now = new Date('2026-06-01T00:00:00Z');
let credential: JsonObject;
beforeAll(async () => {
  credential = await issueCredential(sampleIssueInput(), await generateIssuerKey(), { created: new Date('2026-05-01T09:30:00Z') });
});

describe('tampering with an issued credential', () => {
  it('verifies untouched (the baseline every case below departs from)', async () => {
    expect((await verifyCredential(credential, { now })).verified).toBe(true);
  });

  it('is caught when any single leaf value changes', async () => {
    const { leaves } = paths(credential);
    expect(leaves.length).toBeGreaterThan(40);
    for (const path of leaves) {
      const copy = structuredClone(credential);
      const parent = parentOf(copy, path) as Record<string | number, JsonValue>;
      const key = path[path.length - 1];
      parent[key] = altered(parent[key]);
      const report = await verifyCredential(copy, { now });
      expect(report.verified, `changing ${path.join('.')}`).toBe(false);
    }
  });

  it('is caught when any single property or array item is removed', async () => {
    const { properties } = paths(credential);
    for (const path of properties) {
      const copy = structuredClone(credential);
      const parent = parentOf(copy, path);
      const key = path[path.length - 1];
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, JsonValue>)[key as string];
      const report = await verifyCredential(copy, { now });
      expect(report.verified, `removing ${path.join('.')}`).toBe(false);
    }
  });

  it('is caught when a property is added, or array items swap places', async () => {
    const added = { ...structuredClone(credential), validUntil: '2099-01-01T00:00:00Z' };
    expect((await verifyCredential(added, { now })).signature).toBe('invalid');
    const swapped = structuredClone(credential);
    const evidence = swapped.evidence as JsonValue[];
    [evidence[0], evidence[2]] = [evidence[2], evidence[0]];
    // Evidence is an unordered set in RDF, so reordering is not a change of meaning; a changed item is.
    (evidence[0] as JsonObject).description = '999 items practised, 100% answered correctly.';
    expect((await verifyCredential(swapped, { now })).signature).toBe('invalid');
  });
});
