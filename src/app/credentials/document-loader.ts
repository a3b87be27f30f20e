/**
 * The JSON-LD document loader for signing and verifying: bundled contexts and locally resolved
 * did:key documents, and nothing else. It never fetches: an unknown URL is an error, because a
 * credential that needs a document we do not hold cannot be checked offline.
 */
import { bundledContexts } from './bundled-contexts.ts';
import { didKeyVerificationMethod, isDidKey, resolveDidKeyDocument } from './did-key.ts';

export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: object;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

export class UnknownDocumentError extends Error {
  constructor(readonly url: string) {
    super(`"${url}" is not one of the documents bundled with the app, and the app never fetches documents from the network.`);
    this.name = 'UnknownDocumentError';
  }
}

/** Synchronous lookup, for callers that only need the document. */
export function loadDocument(url: string): object {
  const context = bundledContexts.get(url);
  if (context) return context;
  if (isDidKey(url)) {
    // A did:key URL with a fragment names one verification method; without, the whole DID document.
    return url.includes('#') ? didKeyVerificationMethod(url) : resolveDidKeyDocument(url);
  }
  throw new UnknownDocumentError(url);
}

export const documentLoader: DocumentLoader = async (url) => ({
  contextUrl: null,
  documentUrl: url,
  // A copy, so no caller can alter the bundled contexts for the next one.
  document: structuredClone(loadDocument(url)),
});
