import { describe, expect, it } from 'vitest';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {
  decodeEd25519Multikey, didKeyFromPublicKey, didKeyVerificationMethod, encodeEd25519Multikey, parseDidKey,
  resolveDidKeyDocument, verificationMethodIdForDidKey,
} from './did-key.ts';

function hex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

// RFC 8032 section 7.1, TEST 1: the public key of the all-known secret 9d61b1...7f60.
const RFC8032_TEST1_PUBLIC = hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');

describe('did:key for Ed25519', () => {
  it('round-trips raw keys through did:key', () => {
    for (let seed = 0; seed < 20; seed++) {
      const key = crypto.getRandomValues(new Uint8Array(32));
      const did = didKeyFromPublicKey(key);
      expect(did).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
      expect(parseDidKey(did).publicKey).toEqual(key);
      expect(decodeEd25519Multikey(did.slice('did:key:'.length))).toEqual(key);
    }
  });

  it('encodes exactly as Digital Bazaar\'s ed25519-multikey does (independent encoder)', async () => {
    const seeded = await Ed25519Multikey.generate({ seed: new Uint8Array(32).fill(7) });
    expect(encodeEd25519Multikey(seeded.publicKey)).toBe(seeded.publicKeyMultibase);
    const fromRfcKey = await Ed25519Multikey.fromJwk({
      jwk: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(RFC8032_TEST1_PUBLIC).toString('base64url') },
    });
    expect(didKeyFromPublicKey(RFC8032_TEST1_PUBLIC)).toBe(`did:key:${fromRfcKey.publicKeyMultibase}`);
  });

  it('resolves the key of the 1EdTech fixture (a did:key found in the wild) back to 32 bytes and the same id', () => {
    const did = 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
    expect(didKeyFromPublicKey(parseDidKey(did).publicKey)).toBe(did);
  });

  it('builds the verification method and a DID document whose assertionMethod lists it', () => {
    const did = didKeyFromPublicKey(RFC8032_TEST1_PUBLIC);
    const methodId = verificationMethodIdForDidKey(did);
    expect(methodId).toBe(`${did}#${did.slice('did:key:'.length)}`);
    expect(didKeyVerificationMethod(methodId)).toMatchObject({ id: methodId, type: 'Multikey', controller: did });
    const document = resolveDidKeyDocument(did);
    expect(document.id).toBe(did);
    expect(document.assertionMethod).toEqual([methodId]);
    expect(document.verificationMethod[0].publicKeyMultibase).toBe(did.slice('did:key:'.length));
  });

  it('refuses what is not an Ed25519 did:key', () => {
    const good = didKeyFromPublicKey(RFC8032_TEST1_PUBLIC);
    expect(() => parseDidKey('did:web:example.com')).toThrow(/not a did:key/);
    expect(() => parseDidKey('did:key:f123')).toThrow(/base58btc/);
    expect(() => parseDidKey('did:key:z0OIl')).toThrow(/not valid base58btc/);
    // secp256k1 (multicodec 0xe7) keys start with zQ3s: right encoding, wrong curve.
    expect(() => parseDidKey('did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme')).toThrow(/not an Ed25519/);
    expect(() => parseDidKey(good.slice(0, -2))).toThrow();
    expect(() => parseDidKey(`${good}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`)).toThrow(/does not match/);
    expect(() => encodeEd25519Multikey(new Uint8Array(31))).toThrow(/32 bytes/);
  });
});
