/**
 * Digital Bazaar's vc library, with its own eddsa-rdfc-2022 implementation, verifies what the app
 * issues: the proof is interoperable, not just self-consistent. Its document loader serves the
 * bundled contexts and builds did:key documents by string handling alone, so it shares none of our
 * did:key decoding or canonicalization code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { bundledContexts } from './bundled-contexts.ts';
import { issueClrCredential, issueCredential } from './credential-crypto.ts';
import { exportIssuerKey, generateIssuerKey, importIssuerKey, type IssuerKey } from './issuer-key.ts';
import { sampleIssueInput } from './sample-credential.testing.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../../content/index.ts';
import { buildIssueInput } from './issue-input.ts';

async function independentLoader(url: string) {
  const context = bundledContexts.get(url);
  if (context) return { contextUrl: null, documentUrl: url, document: structuredClone(context) };
  if (url.startsWith('did:key:')) {
    const [did] = url.split('#');
    const multibase = did.slice('did:key:'.length);
    const method = { id: `${did}#${multibase}`, type: 'Multikey', controller: did, publicKeyMultibase: multibase };
    const document = url.includes('#')
      ? { '@context': 'https://w3id.org/security/multikey/v1', ...method }
      : { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: did, verificationMethod: [method], assertionMethod: [method.id] };
    return { contextUrl: null, documentUrl: url, document };
  }
  throw new Error(`Test loader: no network for ${url}`);
}

function independentlyVerify(credential: object) {
  return vc.verifyCredential({ credential, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader: independentLoader });
}

let key: IssuerKey;
beforeAll(async () => { key = await generateIssuerKey(); });

describe('independent verification with @digitalbazaar/vc', () => {
  it('accepts credentials the app issues, self-issued or coach-issued', async () => {
    for (const selfIssued of [true, false]) {
      const credential = await issueCredential(sampleIssueInput({ issuer: { name: 'Maya Okafor', selfIssued } }), key);
      const result = await independentlyVerify(credential);
      expect(result.verified, JSON.stringify(result.error)).toBe(true);
    }
  });

  it('rejects one of our credentials after a one-word change (so the acceptance above means something)', async () => {
    const credential = await issueCredential(sampleIssueInput(), key);
    const result = await independentlyVerify({ ...credential, name: 'Fractions: mastered everything' });
    expect(result.verified).toBe(false);
  });

  it('accepts credentials signed with a key restored from its stored JWK', async () => {
    const restored = await importIssuerKey(await exportIssuerKey(key));
    const result = await independentlyVerify(await issueCredential(sampleIssueInput(), restored));
    expect(result.verified, JSON.stringify(result.error)).toBe(true);
  });

  it('accepts what the issuing flow signs for a real pack credential with a project attached', async () => {
    const pack = JSON.parse(readFileSync(fileURLToPath(new URL('../../../content/packs/fractions-3-6.json', import.meta.url)), 'utf8')) as Pack;
    const credential = pack.credentials![0];
    const states = credential.requires.skills.map((skillId, i) => ({
      id: `s${i}`, learnerId: 'l', skillId, packId: pack.id, estimate: 0.96, masteryLevel: 'mastered' as const,
      evidence: { attempts: 8, correct: 7 }, reviewCard: null, updatedAt: Date.parse('2026-05-01T00:00:00Z'),
    }));
    const project = { id: '0f0e0d0c-0b0a-4909-8807-060504030201', learnerId: 'l', title: 'Fraction wall', description: 'Paper strips.', skillIds: [], startDay: '2026-04-01', endDay: null, createdAt: 0, updatedAt: 0 };
    const input = buildIssueInput({
      pack, key: credential.id, projects: [{ project, artifacts: [{ name: 'wall.jpg' }] }], issuer: { name: 'Sam', selfIssued: false }, validFrom: new Date('2026-05-02T00:00:00Z'),
      record: { subjectId: 'urn:uuid:6d1f0a9e-2c4b-4d8e-9f1a-3b5c7d9e1f20', states, events: [], held: [] },
    });
    const result = await independentlyVerify(await issueCredential(input, key));
    expect(result.verified, JSON.stringify(result.error)).toBe(true);
  });

  it('accepts the signed CLR 2.0 learner record of a portfolio', async () => {
    const credentials = [await issueCredential(sampleIssueInput(), key)];
    const clr = await issueClrCredential({
      name: 'Learner record', description: 'Bundle', issuer: { name: 'Maya Okafor', selfIssued: false },
      learnerId: 'urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c', validFrom: new Date(), credentials,
    }, key);
    const result = await independentlyVerify(clr);
    expect(result.verified, JSON.stringify(result.error)).toBe(true);
  });
});
