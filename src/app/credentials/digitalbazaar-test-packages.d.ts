// Test support: minimal types for Digital Bazaar's libraries (they ship none), which the tests use
// as an independent verifier and an independent Multikey encoder. Never imported by app code.
declare module '@digitalbazaar/vc' {
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: object }>;
    now?: Date | string;
  }): Promise<{ verified: boolean; error?: { message?: string; errors?: { message?: string }[] } }>;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown });
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: { name: string };
}
declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyPair {
    publicKeyMultibase: string;
    publicKey: Uint8Array;
  }
  export function generate(options?: { seed?: Uint8Array; controller?: string; id?: string }): Promise<Ed25519MultikeyPair>;
  export function fromJwk(options: { jwk: JsonWebKey; secretKey?: boolean }): Promise<Ed25519MultikeyPair>;
}
