/**
 * The 1EdTech reference material: the verifier classifies every fixture as 1EdTech's validator
 * does, for the right reason, and its structure check agrees with the official JSON Schema.
 */
import { describe, expect, it } from 'vitest';
import { verifyCredential } from './credential-verification.ts';
import { createSchemaValidator, fixture, fixtureNames } from './reference-material.testing.ts';
import { verdictLine, type FindingCode } from './verification-report.ts';

// The one defect each invalid fixture was built to show (see the README beside the fixtures).
const expectedReason: Record<string, FindingCode> = {
  'simple-err-context.json': 'context-invalid',
  'simple-err-credential-subject-type.json': 'subject-type-invalid',
  'simple-err-evidence-type.json': 'evidence-type-invalid',
  'simple-err-expired.json': 'expired',
  'simple-err-issuer.json': 'issuer-missing',
  'simple-err-proof-value.json': 'signature-invalid',
  'simple-err-type.json': 'type-invalid',
};

describe('1EdTech Open Badges 3.0 fixtures', () => {
  it('knows a reason for every invalid fixture on disk', () => {
    expect(fixtureNames('invalid')).toEqual(Object.keys(expectedReason).sort());
  });

  it('accepts simple-did-key-method.json: the signature holds, the urn:uuid issuer is only a warning', async () => {
    const report = await verifyCredential(fixture('valid', 'simple-did-key-method.json'));
    expect(report.verified).toBe(true);
    expect(report.signature).toBe('valid');
    expect(report.structure).toBe('valid');
    expect(report.dates).toBe('current');
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['issuer-key-mismatch', 'warning']]);
    expect(report.issuer.name).toBe('Andy F. Miller');
  });

  it('rejects the simple-did-key-method fixture once one character of its signature changes', async () => {
    const credential = fixture('valid', 'simple-did-key-method.json') as { proof: { proofValue: string }[] };
    const value = credential.proof[0].proofValue;
    credential.proof[0].proofValue = value.slice(0, 10) + (value[10] === 'a' ? 'b' : 'a') + value.slice(11);
    const report = await verifyCredential(credential);
    expect(report.verified).toBe(false);
    expect(report.signature).toBe('invalid');
  });

  it('finds minimal-unsigned.json well formed but unverifiable: it has no proof', async () => {
    const report = await verifyCredential(fixture('valid', 'minimal-unsigned.json'));
    expect(report.structure).toBe('valid');
    expect(report.verified).toBe(false);
    expect(report.findings.map((f) => f.code)).toEqual(['proof-missing']);
  });

  for (const [name, reason] of Object.entries(expectedReason)) {
    it(`rejects ${name} because of "${reason}", in plain words`, async () => {
      const report = await verifyCredential(fixture('invalid', name));
      expect(report.verified).toBe(false);
      const found = report.findings.find((f) => f.code === reason);
      expect(found, JSON.stringify(report.findings)).toBeDefined();
      expect(found?.severity).toBe('error');
      expect(found?.message.length).toBeGreaterThan(20);
    });
  }

  it('reports a wrong signature as such even though the fixture names an https key', async () => {
    const report = await verifyCredential(fixture('invalid', 'simple-err-proof-value.json'));
    expect(report.signature).toBe('invalid');
    expect(report.structure).toBe('valid');
    expect(report.dates).toBe('current');
  });

  it('prints one verdict line per fixture, as the command line does', async () => {
    expect(verdictLine(await verifyCredential(fixture('valid', 'simple-did-key-method.json')))).toMatch(/^VALID \(warning: The issuer named/);
    const expired = verdictLine(await verifyCredential(fixture('invalid', 'simple-err-expired.json')));
    expect(expired).toMatch(/^INVALID: .*It has expired: its end date has passed\. \(2010-01-01T00:00:00Z\)/);
    expect(verdictLine(await verifyCredential(fixture('valid', 'minimal-unsigned.json')))).toBe(
      'INVALID: It is not signed, so nobody can tell whether it is genuine.');
  });

  it('agrees with the official JSON Schema on which fixtures are well formed', async () => {
    const schemaErrors = createSchemaValidator();
    const verdicts: [string, boolean, boolean][] = [];
    for (const kind of ['valid', 'invalid'] as const) {
      for (const name of fixtureNames(kind)) {
        const credential = fixture(kind, name);
        const report = await verifyCredential(credential);
        verdicts.push([name, schemaErrors(credential).length === 0, report.structure === 'valid']);
      }
    }
    for (const [name, schemaValid, ourValid] of verdicts) expect(ourValid, name).toBe(schemaValid);
    // Both kinds occur, so the agreement is not trivially all-true or all-false.
    expect(new Set(verdicts.map(([, schemaValid]) => schemaValid)).size).toBe(2);
  });
});
