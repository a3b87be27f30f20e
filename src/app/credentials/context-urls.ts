/** The JSON-LD context URLs the app issues with (kept apart from the bundled documents, which are heavy). */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** The latest Open Badges 3.0 context. */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** What the OB 3.0 schema accepts as the second context: context.json or context-3.x.y.json. */
export const OB_V3_CONTEXT_PATTERN = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)*\.json$/;
/** Comprehensive Learner Record 2.0 (its official context is clr-v2p0-2.0.1-context.json). */
export const CLR_V2_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
