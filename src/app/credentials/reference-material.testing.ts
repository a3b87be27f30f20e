/**
 * Test support: the 1EdTech Open Badges 3.0 schema and fixtures, read from ../shared beside the
 * repository (never copied into it), and the official schema compiled with Ajv.
 * Ajv generates code with `new Function`, which the app's CSP forbids: tests only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const openBadgesDir = path.resolve(repoRoot, '../shared/standards/openbadges-3.0');

export function readJson(relativePath: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(openBadgesDir, relativePath), 'utf8')) as Record<string, unknown>;
}

export function fixtureNames(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(path.join(openBadgesDir, 'fixtures', kind)).filter((name) => name.endsWith('.json')).sort();
}

export function fixture(kind: 'valid' | 'invalid', name: string): Record<string, unknown> {
  return readJson(path.join('fixtures', kind, name));
}

/** Validates against ob_v3p0_achievementcredential_schema.json; returns the error list (empty when valid). */
export function createSchemaValidator(): (credential: unknown) => string[] {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(readJson('ob_v3p0_achievementcredential_schema.json'));
  return (credential) => (validate(credential) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`));
}
