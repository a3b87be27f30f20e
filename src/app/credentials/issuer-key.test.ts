import { describe, expect, it } from 'vitest';
import { exportIssuerKey, generateIssuerKey, importIssuerKey } from './issuer-key.ts';
import { parseDidKey } from './did-key.ts';

function hex(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

// RFC 8032 section 7.1, TEST 1 (empty message).
const RFC8032_TEST1 = {
  secret: hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
  public: hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
  signature: hex('e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'),
};

describe('issuer key', () => {
  it('generates an Ed25519 key pair named by its did:key', async () => {
    const key = await generateIssuerKey();
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key.publicKey));
    expect(parseDidKey(key.did).publicKey).toEqual(raw);
    expect(key.verificationMethod).toBe(`${key.did}#${key.did.slice('did:key:'.length)}`);
    expect(key.privateKey.type).toBe('private');
  });

  it('survives export to JWK and import: same did, and signatures still verify with the original key', async () => {
    const original = await generateIssuerKey();
    const stored = JSON.parse(JSON.stringify(await exportIssuerKey(original)));
    expect(stored.privateKey).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(typeof stored.privateKey.d).toBe('string');
    expect(stored.publicKey.d).toBeUndefined();
    const restored = await importIssuerKey(stored);
    expect(restored.did).toBe(original.did);
    expect(restored.privateKey.extractable).toBe(false);
    const message = new TextEncoder().encode('Wayfind');
    const signature = await crypto.subtle.sign('Ed25519', restored.privateKey, message);
    expect(await crypto.subtle.verify('Ed25519', original.publicKey, signature, message)).toBe(true);
  });

  it('signs the RFC 8032 test vector exactly when imported from JWK', async () => {
    const key = await importIssuerKey({
      publicKey: { kty: 'OKP', crv: 'Ed25519', x: base64url(RFC8032_TEST1.public) },
      privateKey: { kty: 'OKP', crv: 'Ed25519', x: base64url(RFC8032_TEST1.public), d: base64url(RFC8032_TEST1.secret) },
    });
    const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', key.privateKey, new Uint8Array(0)));
    expect(signature).toEqual(RFC8032_TEST1.signature);
    expect(parseDidKey(key.did).publicKey).toEqual(RFC8032_TEST1.public);
  });

  it('turns the all-zero seed into the did:key specification\'s example did:key:z6MkiTBz1...', async () => {
    // PKCS #8 wrapping of an Ed25519 seed (RFC 8410): fixed 16-byte header, then the 32 seed bytes.
    const pkcs8 = new Uint8Array([...hex('302e020100300506032b657004220420'), ...new Uint8Array(32)]);
    const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, 'Ed25519', true, ['sign']);
    const jwk = await crypto.subtle.exportKey('jwk', privateKey);
    const key = await importIssuerKey({ publicKey: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, privateKey: jwk });
    expect(key.did).toBe('did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp');
  });

  it('refuses stored keys that are not a matching Ed25519 pair', async () => {
    const a = await exportIssuerKey(await generateIssuerKey());
    const b = await exportIssuerKey(await generateIssuerKey());
    await expect(importIssuerKey({ publicKey: a.publicKey, privateKey: b.privateKey })).rejects.toThrow(/do not belong together/);
    await expect(importIssuerKey({ publicKey: a.publicKey, privateKey: a.publicKey })).rejects.toThrow(/no private part/);
    await expect(importIssuerKey({ publicKey: { kty: 'EC', crv: 'P-256', x: 'x' }, privateKey: a.privateKey })).rejects.toThrow(/not an Ed25519/);
  });
});
