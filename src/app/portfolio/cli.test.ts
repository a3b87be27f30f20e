/** The two command-line tools: the demo writes files through the app's code path; the verifier classifies them and the fixtures. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOut, runDemo } from './demo-cli.ts';
import { fixtureNames, openBadgesDir } from '../credentials/reference-material.testing.ts';
import { runVerify } from './verify-cli.ts';
import { addDataIntegrityProof, issueCredential, issueClrCredential } from '../credentials/credential-crypto.ts';
import { generateIssuerKey, type JsonObject } from '../credentials/index.ts';
import { sampleIssueInput } from '../credentials/sample-credential.testing.ts';
import { fixture } from '../credentials/reference-material.testing.ts';
import { buildPortfolioZip } from './portfolio-export.ts';

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

  it('prints INVALID with its reason for a spoofed issuer, twin keys, an impossible date and a proof from the future', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const created = new Date('2026-05-01T09:30:00Z');
    const victim = await generateIssuerKey();
    const attacker = await generateIssuerKey();
    const { proof: _proof, ...unsigned } = await issueCredential(sampleIssueInput(), victim, { created });
    const write = async (name: string, text: string) => { const file = path.join(dir, name); await writeFile(file, text); return file; };
    const genuine = JSON.stringify(await issueCredential(sampleIssueInput(), victim, { created }));
    const cases: [string, string, RegExp][] = [
      ['spoof.json', JSON.stringify(await addDataIntegrityProof(unsigned, attacker, { created })), /INVALID: It claims to come from one issuer \(a DID\) but was signed by the key of another/],
      ['twins.json', genuine.replace('{', '{"name":"Everything, mastered",'), /INVALID: It names the same field twice.*\(name\)/],
      ['escaped-twins.json', genuine.replace('"issuer":', '"\\u0069ssuer":"did:key:z6Mkforged","issuer":'), /INVALID: It names the same field twice.*\(issuer\)/],
      ['feb-30.json', JSON.stringify(await addDataIntegrityProof({ ...unsigned, validFrom: '2026-02-30T09:30:00Z' }, victim, { created })), /INVALID: .*does not exist on the calendar\. \(2026-02-30T09:30:00Z\)/],
      ['future.json', JSON.stringify(await issueCredential(sampleIssueInput(), victim, { created: new Date('2099-01-01T00:00:00Z') })), /INVALID: .*made in the future .*\(2099-01-01T00:00:00Z\)/],
    ];
    const clr = await issueClrCredential({
      name: 'Record', description: 'Bundle.', issuer: { name: 'Maya', selfIssued: false }, learnerId: 'urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c',
      validFrom: created, credentials: [JSON.parse(genuine) as JsonObject],
    }, victim, { created });
    cases.push(['clr-twins.json', JSON.stringify(clr).replace('{', '{"name":"Someone else\'s record",'), /INVALID: It names the same field twice/]);
    for (const [name, text, reason] of cases) {
      const { code, lines } = await runVerify([await write(name, text)], now);
      expect(lines[0], name).toMatch(reason);
      expect(code, name).toBe(1);
    }
    // The genuine one still passes, and a signature made four minutes "ahead" is clock skew, not a forgery.
    const skew = JSON.stringify(await issueCredential(sampleIssueInput(), victim, { created: new Date(now.getTime() + 4 * 60_000) }));
    expect((await runVerify([await write('genuine.json', genuine), await write('skew.json', skew)], now)).lines.map((l) => l.replace(/^.*: /, ''))).toEqual(['VALID', 'VALID']);
  });

  it('prints a portfolio holding the 1EdTech fixture as VALID with the fixture\'s warning', async () => {
    const zip = await buildPortfolioZip({
      learner: { displayName: 'Andy', subjectId: 'did:example:ebfeb1f712ebc6f1c276e12ec21' },
      credentials: [{ signedJson: JSON.stringify(fixture('valid', 'simple-did-key-method.json')), achievementName: 'Fixture', issuedAt: Date.parse('2026-05-01T00:00:00Z') }],
      projects: [], reflections: [],
    }, { key: await generateIssuerKey(), issuerName: 'Andy' }, new Date());
    const file = path.join(dir, 'fixture-portfolio.zip');
    await writeFile(file, zip);
    const { code, lines } = await runVerify([file]);
    expect(lines[0]).toMatch(/: VALID \(portfolio: 1 credentials, 0 projects; warning: "test 1": The issuer named in the credential is not the owner of the signing key/);
    expect(code).toBe(0);
  });
});
