/** The two command-line tools: the demo writes files through the app's code path; the verifier classifies them and the fixtures. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOut, runDemo } from './demo-cli.ts';
import { fixtureNames, openBadgesDir } from '../credentials/reference-material.testing.ts';
import { runVerify } from './verify-cli.ts';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'wayfind-credentials-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('credentials:demo and credentials:verify', () => {
  it('reads --out in both spellings', () => {
    expect(parseOut(['--', '--out', 'x'])).toBe('x');
    expect(parseOut(['--out=y'])).toBe('y');
    expect(parseOut([])).toBeNull();
  });

  it('writes a sample credential, a stack and a portfolio that all verify', async () => {
    await runDemo(dir);
    expect((await readdir(dir)).sort()).toEqual(['issuer.txt', 'sample-credential.json', 'sample-portfolio.zip', 'sample-stack-credential.json']);
    const files = ['sample-credential.json', 'sample-stack-credential.json', 'sample-portfolio.zip'].map((name) => path.join(dir, name));
    const { code, lines } = await runVerify(files);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/: VALID/);
    expect(code).toBe(0);
  });

  it('prints one INVALID line per bad file with its reason and exits 1', async () => {
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"not": "a credential"');
    const invalid = fixtureNames('invalid').map((name) => path.join(openBadgesDir, 'fixtures/invalid', name));
    const valid = path.join(openBadgesDir, 'fixtures/valid/simple-did-key-method.json');
    const { code, lines } = await runVerify([valid, broken, ...invalid, path.join(dir, 'missing.json')]);
    expect(lines[0]).toMatch(/simple-did-key-method\.json: VALID/);
    expect(lines[1]).toMatch(/broken\.json: INVALID: This is not a credential file: it is not valid JSON\./);
    for (const line of lines.slice(2)) expect(line).toMatch(/: INVALID: \S/);
    expect(lines).toHaveLength(invalid.length + 3);
    expect(code).toBe(1);
    expect((await runVerify([])).code).toBe(2);
  });
});
