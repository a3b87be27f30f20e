import { describe, expect, it } from 'vitest';
import { documentLoader, UnknownDocumentError } from './document-loader.ts';
import { canonize } from './data-integrity-proof.ts';
import { fixture, fixtureNames } from './reference-material.testing.ts';

describe('offline document loader', () => {
  it('serves every context URL the 1EdTech fixtures use, and data integrity v1/v2', async () => {
    const urls = new Set<string>(['https://w3id.org/security/data-integrity/v1', 'https://w3id.org/security/data-integrity/v2']);
    for (const kind of ['valid', 'invalid'] as const) {
      for (const name of fixtureNames(kind)) for (const url of fixture(kind, name)['@context'] as string[]) urls.add(url);
    }
    expect(urls).toContain('https://purl.imsglobal.org/spec/ob/v3p0/extensions.json');
    for (const url of urls) {
      const { document } = await documentLoader(url);
      expect(document, url).toHaveProperty('@context');
    }
  });

  it('serves every OB 3.0.x context version', async () => {
    for (const version of ['context.json', 'context-3.0.1.json', 'context-3.0.2.json', 'context-3.0.3.json']) {
      await expect(documentLoader(`https://purl.imsglobal.org/spec/ob/v3p0/${version}`)).resolves.toHaveProperty('document');
    }
  });

  it('never fetches: unknown URLs fail with a clear error, and canonicalization reports them', async () => {
    const fetchCalls: unknown[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (...args: unknown[]) => { fetchCalls.push(args); throw new Error('network'); }) as typeof fetch;
    try {
      await expect(documentLoader('https://example.com/context.json')).rejects.toThrow(UnknownDocumentError);
      await expect(documentLoader('https://example.com/context.json')).rejects.toThrow(/never fetches/);
      await expect(canonize({ '@context': 'https://example.com/context.json', name: 'x' })).rejects.toThrow();
      expect(fetchCalls).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('resolves did:key to a DID document, and a did:key URL with fragment to its Multikey', async () => {
    const did = 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
    const { document: didDocument } = await documentLoader(did);
    expect(didDocument).toMatchObject({ id: did, assertionMethod: [`${did}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`] });
    const { document: method } = await documentLoader(`${did}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`);
    expect(method).toMatchObject({ type: 'Multikey', controller: did, publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' });
    await expect(documentLoader('did:key:zNotAKey')).rejects.toThrow();
  });

  it('hands out copies, so a caller cannot corrupt the bundled contexts', async () => {
    const url = 'https://www.w3.org/ns/credentials/v2';
    const first = (await documentLoader(url)).document as Record<string, unknown>;
    first['@context'] = 'corrupted';
    expect((await documentLoader(url)).document).not.toHaveProperty('@context', 'corrupted');
  });
});
