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
import { issueCredential } from './credential-crypto.ts';
import { exportIssuerKey, generateIssuerKey, importIssuerKey, type IssuerKey } from './issuer-key.ts';
import { sampleIssueInput } from './sample-credential.testing.ts';

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
});
