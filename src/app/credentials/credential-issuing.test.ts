/**
 * Issuing: what the app signs passes the official 1EdTech schema, verifies with our verifier and
 * says what the issue requires (did:key issuer, proof array, MicroCredential, evidence).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCredential, verifyCredential } from './credential-crypto.ts';
import { generateIssuerKey, type IssuerKey } from './issuer-key.ts';
import { buildOpenBadgeCredential, SELF_ISSUED_DESCRIPTION } from './open-badge-credential.ts';
import { createSchemaValidator } from './reference-material.testing.ts';
import { sampleIssueInput } from './sample-credential.testing.ts';

let key: IssuerKey;
const schemaErrors = createSchemaValidator();
beforeAll(async () => { key = await generateIssuerKey(); });

describe('issuing an Open Badges 3.0 credential', () => {
  it('passes the official schema, self-issued and coach-issued, with and without optional parts', async () => {
    const variants = [
      sampleIssueInput(),
      sampleIssueInput({ issuer: { name: 'Hollis family (coach: Sam Hollis)', selfIssued: false } }),
      sampleIssueInput({ validUntil: '2030-01-01T00:00:00Z', learnerId: key.did }),
      (() => {
        const bare = sampleIssueInput();
        return { ...bare, achievement: { ...bare.achievement, alignments: [], image: undefined }, evidence: { ...bare.evidence, project: undefined } };
      })(),
    ];
    for (const input of variants) {
      const credential = await issueCredential(input, key, { created: new Date('2026-05-01T09:30:00Z') });
      expect(schemaErrors(credential)).toEqual([]);
      const report = await verifyCredential(credential, { now: new Date('2026-06-01T00:00:00Z') });
      expect(report.findings).toEqual([]);
      expect(report.verified).toBe(true);
    }
  });

  it('names the signing did:key as issuer and puts the eddsa-rdfc-2022 proof in an array', async () => {
    const credential = await issueCredential(sampleIssueInput(), key, { created: new Date('2026-05-01T09:30:05.123Z') });
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toMatchObject({ id: key.did, type: ['Profile'], name: 'Maya Okafor', description: SELF_ISSUED_DESCRIPTION });
    expect(credential.proof).toEqual([{
      type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created: '2026-05-01T09:30:05Z',
      verificationMethod: key.verificationMethod, proofPurpose: 'assertionMethod', proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/),
    }]);
  });

  it('carries the achievement, learner, dates and evidence the issue lists', () => {
    const credential = buildOpenBadgeCredential({ ...sampleIssueInput(), issuer: { did: key.did, name: 'Maya Okafor', selfIssued: false } });
    const subject = credential.credentialSubject as Record<string, unknown>;
    expect(subject.id).toBe('urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c');
    expect(subject.achievement).toMatchObject({
      achievementType: 'MicroCredential', criteria: { narrative: expect.stringContaining('mastery') },
      alignment: [{ type: ['Alignment'], targetCode: 'CCSS.MATH.CONTENT.4.NF.A.1' }], image: { type: 'Image' },
    });
    expect(credential.validFrom).toBe('2026-05-01T09:30:00Z');
    expect(credential.issuer).not.toHaveProperty('description');
    const evidence = credential.evidence as Record<string, unknown>[];
    expect(evidence.map((item) => item.genre)).toEqual(['Skill mastery', 'Skill mastery', 'Practice record', 'Project']);
    expect(evidence[0].description).toBe('Skill mastered on 2026-04-20.');
    expect(evidence[2].description).toBe('146 items practised, 87% answered correctly.');
    expect(evidence[3].name).toBe('Recipe scaling');
  });

  it('refuses an email address as learner id, and impossible numbers or dates', () => {
    const issuer = { did: key.did, name: 'Maya', selfIssued: true };
    const base = { ...sampleIssueInput(), issuer };
    expect(() => buildOpenBadgeCredential({ ...base, learnerId: 'maya@example.com' })).toThrow(/never by an email/);
    expect(() => buildOpenBadgeCredential({ ...base, learnerId: 'mailto:maya@example.com' })).toThrow(/never by an email/);
    expect(() => buildOpenBadgeCredential({ ...base, evidence: { ...base.evidence, accuracy: 1.2 } })).toThrow(/between 0 and 1/);
    expect(() => buildOpenBadgeCredential({ ...base, validUntil: '2020-01-01T00:00:00Z' })).toThrow(/after validFrom/);
    expect(() => buildOpenBadgeCredential({ ...base, validFrom: 'yesterday' })).toThrow(/not a date/);
    expect(() => buildOpenBadgeCredential({ ...base, issuer: { ...issuer, did: 'https://example.com' } })).toThrow(/did:key/);
  });

  it('gives each new credential its own urn:uuid id', async () => {
    const { id: _id, ...withoutId } = sampleIssueInput();
    const [a, b] = await Promise.all([issueCredential(withoutId, key), issueCredential(withoutId, key)]);
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
  });
});
