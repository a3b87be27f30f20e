/** The verifier's report beyond the fixtures: dates, unreadable input, key and issuer problems, schema agreement. */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDataIntegrityProof, issueCredential, verifyCredential, verifyCredentialText } from './credential-crypto.ts';
import { generateIssuerKey, type IssuerKey } from './issuer-key.ts';
import { buildOpenBadgeCredential, type JsonObject } from './open-badge-credential.ts';
import { createSchemaValidator } from './reference-material.testing.ts';
import { sampleIssueInput } from './sample-credential.testing.ts';

let key: IssuerKey;
let credential: JsonObject;
beforeAll(async () => {
  key = await generateIssuerKey();
  credential = await issueCredential(sampleIssueInput({ validUntil: '2027-05-01T00:00:00Z' }), key, { created: new Date('2026-05-01T09:30:00Z') });
});
const codes = (report: { findings: { code: string }[] }) => report.findings.map((f) => f.code);

describe('verification report', () => {
  it('judges the dates against the given moment', async () => {
    expect((await verifyCredential(credential, { now: new Date('2026-06-01T00:00:00Z') })).dates).toBe('current');
    // Issued "09:30" by a device whose clock ran two minutes fast: still current.
    expect((await verifyCredential(credential, { now: new Date('2026-05-01T09:28:00Z') })).dates).toBe('current');
    const early = await verifyCredential(credential, { now: new Date('2026-04-01T00:00:00Z') });
    // Signed on 1 May too, so on 1 April the signature also claims a moment still to come.
    expect([early.dates, early.verified, codes(early)]).toEqual(['not-yet-valid', false, ['not-yet-valid', 'proof-from-future']]);
    const late = await verifyCredential(credential, { now: new Date('2028-01-01T00:00:00Z') });
    expect([late.dates, late.verified, late.signature, codes(late)]).toEqual(['expired', false, 'valid', ['expired']]);
  });

  it('says who issued it, to whom, and that the learner issued it themselves', async () => {
    const report = await verifyCredential(credential, { now: new Date('2026-06-01T00:00:00Z') });
    expect(report.issuer).toEqual({ id: key.did, name: 'Maya Okafor', selfIssued: true, keyId: key.verificationMethod });
    expect(report.credential).toMatchObject({
      achievementName: 'Fractions: equivalence and comparison', learnerId: 'urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c',
      validFrom: '2026-05-01T09:30:00Z', validUntil: '2027-05-01T00:00:00Z',
    });
  });

  it('turns unreadable input into a finding instead of an exception', async () => {
    expect(codes(await verifyCredentialText('{"@context": ['))).toEqual(['not-json']);
    expect(codes(await verifyCredentialText('[1, 2]'))).toEqual(['not-an-object']);
    expect(codes(await verifyCredential(null))).toEqual(['not-an-object']);
    const empty = await verifyCredentialText('{}');
    expect(empty.verified).toBe(false);
    expect(codes(empty)).toEqual(expect.arrayContaining(['context-invalid', 'type-invalid', 'issuer-missing', 'subject-missing', 'valid-from-missing', 'proof-missing']));
  });

  it('reports a signature by a different key than the one named, and a key outside the app', async () => {
    const other = await generateIssuerKey();
    const forged = structuredClone(credential);
    (forged.proof as JsonObject[])[0].verificationMethod = other.verificationMethod;
    const report = await verifyCredential(forged, { now: new Date('2026-06-01T00:00:00Z') });
    expect([report.signature, codes(report)]).toEqual(['invalid', ['signature-invalid']]);
    const remote = structuredClone(credential);
    (remote.proof as JsonObject[])[0].verificationMethod = 'https://issuer.example/keys/1';
    expect(codes(await verifyCredential(remote, { now: new Date('2026-06-01T00:00:00Z') }))).toEqual(['verification-method-unresolvable']);
    const damaged = structuredClone(credential);
    (damaged.proof as JsonObject[])[0].verificationMethod = 'did:key:z6Mk0OIl';
    const damagedReport = await verifyCredential(damaged, { now: new Date('2026-06-01T00:00:00Z') });
    expect([damagedReport.signature, codes(damagedReport)]).toEqual(['invalid', ['verification-method-invalid']]);
  });

  it('refuses a DID issuer whose signature comes from another key: a spoof, not a warning', async () => {
    const other = await generateIssuerKey();
    const unsigned = buildOpenBadgeCredential({ ...sampleIssueInput(), issuer: { did: key.did, name: 'Maya Okafor', selfIssued: true } });
    const signed = await addDataIntegrityProof(unsigned, other, { created: new Date('2026-05-01T09:30:00Z') });
    const report = await verifyCredential(signed, { now: new Date('2026-06-01T00:00:00Z') });
    expect(report.verified).toBe(false);
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['issuer-spoofed', 'error']]);
    expect(report.findings[0].detail).toBe(`${key.did} ≠ ${other.did}`);
  });

  it('names the undefined term or unknown context that stops the signature check', async () => {
    const extra = { ...structuredClone(credential), favouriteColour: 'green' };
    const report = await verifyCredential(extra, { now: new Date('2026-06-01T00:00:00Z') });
    expect(report.findings).toEqual([expect.objectContaining({ code: 'unknown-terms', detail: 'favouriteColour' })]);
    const context = [...(credential['@context'] as string[]), 'https://example.com/more.json'];
    const unknown = await verifyCredential({ ...structuredClone(credential), '@context': context }, { now: new Date('2026-06-01T00:00:00Z') });
    expect(unknown.findings).toEqual([expect.objectContaining({ code: 'context-unknown', detail: 'https://example.com/more.json' })]);
  });

  it('rejects unsupported proofs and proofs made for another purpose', async () => {
    const other = structuredClone(credential);
    (other.proof as JsonObject[])[0].cryptosuite = 'ecdsa-rdfc-2019';
    expect(codes(await verifyCredential(other, { now: new Date('2026-06-01T00:00:00Z') }))).toEqual(['proof-unsupported']);
    const purpose = structuredClone(credential);
    (purpose.proof as JsonObject[])[0].proofPurpose = 'authentication';
    expect(codes(await verifyCredential(purpose, { now: new Date('2026-06-01T00:00:00Z') }))).toEqual(['proof-purpose-invalid', 'signature-invalid']);
    const garbled = structuredClone(credential);
    (garbled.proof as JsonObject[])[0].proofValue = 'zNOT0base58';
    expect(codes(await verifyCredential(garbled, { now: new Date('2026-06-01T00:00:00Z') }))).toEqual(['proof-value-malformed']);
  });

  it('agrees with the official schema about structural damage to an issued credential', async () => {
    const schemaErrors = createSchemaValidator();
    const damage: ((c: JsonObject) => void)[] = [
      (c) => { c['@context'] = ['https://www.w3.org/ns/credentials/v2']; },
      (c) => { c.type = 'OpenBadgeCredential'; },
      (c) => { c.type = ['VerifiableCredential']; },
      (c) => { delete c.id; },
      (c) => { delete c.issuer; },
      (c) => { (c.issuer as JsonObject).type = ['Organization']; },
      (c) => { delete c.validFrom; },
      (c) => { c.validFrom = '2026-05-01'; },
      (c) => { delete (c.credentialSubject as JsonObject).achievement; },
      (c) => { (c.credentialSubject as JsonObject).type = 'AchievementSubject'; },
      (c) => { delete ((c.credentialSubject as JsonObject).achievement as JsonObject).criteria; },
      (c) => { ((c.evidence as JsonObject[])[0]).type = ['Proof']; },
      (c) => { c.proof = (c.proof as JsonObject[])[0]; },
      (c) => { c.name = 'renamed'; },
    ];
    for (const [index, change] of damage.entries()) {
      const copy = structuredClone(credential);
      change(copy);
      const report = await verifyCredential(copy, { now: new Date('2026-06-01T00:00:00Z') });
      expect(report.structure === 'valid', `damage #${index}: ${schemaErrors(copy).join('; ')}`).toBe(schemaErrors(copy).length === 0);
      expect(report.verified, `damage #${index}`).toBe(false);
    }
  });
});
