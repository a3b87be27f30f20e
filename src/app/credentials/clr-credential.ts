/**
 * Builds an unsigned 1EdTech Comprehensive Learner Record 2.0 `ClrCredential` that bundles a
 * learner's signed Open Badges credentials, exactly as they were signed (each keeps its own proof,
 * so a reader can check each one on its own as well as the bundle).
 *
 * Pure and light, like open-badge-credential.ts: sign it with `issueClrCredential` (lazy crypto).
 */
import { CLR_V2_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from './context-urls.ts';
import { toCredentialDateTime, type IssuerInput, type JsonObject } from './open-badge-credential.ts';

export interface ClrInput {
  id?: string;
  /** e.g. "Portfolio of Maya". */
  name: string;
  description: string;
  issuer: IssuerInput;
  learnerId: string;
  validFrom: Date | string;
  /** Signed OpenBadgeCredentials, parsed from their exact stored text. */
  credentials: JsonObject[];
}

export function buildClrCredential(input: ClrInput): JsonObject {
  if (!input.issuer.did.startsWith('did:key:')) throw new Error('The issuer id must be the did:key that signs the record.');
  if (input.credentials.length === 0) throw new Error('A learner record bundles at least one credential.');
  return {
    '@context': [VC_V2_CONTEXT, CLR_V2_CONTEXT, OB_V3_CONTEXT],
    id: input.id ?? `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'ClrCredential'],
    name: input.name,
    description: input.description,
    issuer: { id: input.issuer.did, type: ['Profile'], name: input.issuer.name },
    validFrom: toCredentialDateTime(input.validFrom),
    credentialSubject: {
      id: input.learnerId,
      type: ['ClrSubject'],
      verifiableCredential: input.credentials,
    },
  };
}
