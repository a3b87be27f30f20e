/** The portfolio's CLR 2.0 bundle: signs with the official CLR 2.0.1 context, verifies, and catches tampering. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueClrCredential, issueCredential, verifyClrCredential } from './credential-crypto.ts';
import { bundledContexts } from './bundled-contexts.ts';
import { CLR_V2_CONTEXT } from './context-urls.ts';
import { generateIssuerKey, type IssuerKey } from './issuer-key.ts';
import type { JsonObject } from './open-badge-credential.ts';
import { sampleIssueInput } from './sample-credential.testing.ts';

let key: IssuerKey;
let clr: JsonObject;
const now = new Date('2026-06-01T00:00:00Z');

beforeAll(async () => {
  key = await generateIssuerKey();
  const credentials = [await issueCredential(sampleIssueInput(), key, { created: new Date('2026-05-01T09:30:00Z') }), await issueCredential(sampleIssueInput({ id: 'urn:uuid:1b6f5d3e-6a4f-4c7e-9a51-3f1c2b8d9e10' }), key, { created: new Date('2026-05-01T09:30:00Z') })];
  clr = await issueClrCredential({
    name: 'Portfolio of Maya', description: 'Everything Maya earned with Wayfind.', issuer: { name: 'Maya Okafor', selfIssued: true },
    learnerId: 'urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c', validFrom: '2026-05-02T00:00:00Z', credentials,
  }, key, { created: new Date('2026-05-02T00:00:00Z') });
});

describe('ClrCredential', () => {
  it('has the CLR 2.0 shape, a proof array and the credentials byte-for-byte', () => {
    expect(clr['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(clr.type).toEqual(['VerifiableCredential', 'ClrCredential']);
    expect((clr.credentialSubject as JsonObject).type).toEqual(['ClrSubject']);
    expect(Array.isArray(clr.proof)).toBe(true);
  });

  it('verifies, bundle and every credential inside', async () => {
    const report = await verifyClrCredential(clr, { now });
    expect(report.problems).toEqual([]);
    expect(report.credentials.map((r) => r.verified)).toEqual([true, true]);
    expect(report.verified).toBe(true);
  });

  it('fails when the bundle or a credential inside is changed', async () => {
    const renamed = await verifyClrCredential({ ...clr, name: 'Portfolio of someone else' }, { now });
    expect(renamed.verified).toBe(false);
    expect(renamed.problems.join(' ')).toMatch(/changed after it was signed/);
    const inner = structuredClone(clr);
    ((inner.credentialSubject as JsonObject).verifiableCredential as JsonObject[])[0].name = 'Something else';
    const tampered = await verifyClrCredential(inner, { now });
    expect(tampered.verified).toBe(false);
  });

  it('rejects things that are not a learner record', async () => {
    expect((await verifyClrCredential([], { now })).verified).toBe(false);
    expect((await verifyClrCredential({ ...clr, type: ['VerifiableCredential'] }, { now })).problems[0]).toMatch(/ClrCredential/);
    const { proof: _proof, ...unsigned } = clr;
    expect((await verifyClrCredential(unsigned, { now })).problems[0]).toMatch(/not signed/);
  });

  it('signs with the official CLR 2.0.1 context, the same document 1EdTech publishes', () => {
    const official = JSON.parse(readFileSync(new URL('../../../../shared/standards/clr-2.0/clr-v2p0-2.0.1-context.json', import.meta.url), 'utf8')) as object;
    expect(bundledContexts.get(CLR_V2_CONTEXT)).toEqual(official);
    // The terms the hand-written context lacked are there now.
    const terms = JSON.stringify(official);
    expect(terms).toContain('"achievement"');
    expect(terms).toContain('"identifier"');
  });

  it('refuses a learner record whose signature claims to come from the future', async () => {
    const report = await verifyClrCredential(clr, { now: new Date('2026-05-01T00:00:00Z') });
    expect(report.verified).toBe(false);
    expect(report.problems).toEqual(['The learner record\'s signature claims to have been made in the future.']);
  });
});
