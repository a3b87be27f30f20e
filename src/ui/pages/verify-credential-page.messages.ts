import { msg, str } from '@lit/localize';
import type { Finding, FindingCode, VerificationReport } from '../../app/credentials/index.ts';
import { formatDate } from '../../i18n/format.ts';

/** A credential date in the learner's language ("1 May 2026"); the raw text if it is not a date. */
function credentialDate(value: string | null): string {
  return value ? formatDate(value, 'day-long') : '';
}

/**
 * Learner-facing sentences for each verification finding. The verifier's own English messages are
 * for the command line and logs; the page shows these, so that they can be translated.
 */
export function findingText(finding: Finding): string {
  const sentences: Record<FindingCode, () => string> = {
    'not-json': () => msg('This is not a credential file: it is not valid JSON.'),
    'not-an-object': () => msg('This is not a credential: it does not contain a JSON object.'),
    'context-invalid': () => msg('It does not declare the standards it follows (Verifiable Credentials 2.0 and Open Badges 3.0).'),
    'type-invalid': () => msg('It does not say it is an Open Badge credential.'),
    'id-invalid': () => msg('It has no identifier of its own.'),
    'issuer-missing': () => msg('It does not say who issued it.'),
    'issuer-invalid': () => msg('The issuer is described incorrectly.'),
    'subject-missing': () => msg('It does not say who earned it.'),
    'subject-type-invalid': () => msg('The part describing the learner has the wrong type.'),
    'achievement-invalid': () => msg('The achievement is incomplete: it needs a name, a description and criteria.'),
    'evidence-type-invalid': () => msg('Some evidence has the wrong type.'),
    'proof-missing': () => msg('It is not signed, so nobody can tell whether it is genuine.'),
    'proof-not-array': () => msg('Its signature block is not in the form the standard requires.'),
    'valid-from-missing': () => msg('It has no valid start date.'),
    'valid-until-invalid': () => msg('Its end date is not a valid date.'),
    'not-yet-valid': () => msg('It is not valid yet: its start date is in the future.'),
    'expired': () => msg('It has expired: its end date has passed.'),
    'proof-unsupported': () => msg('It is signed with a method this app cannot check.'),
    'proof-purpose-invalid': () => msg('Its signature was not made for issuing credentials.'),
    'proof-value-malformed': () => msg('Its signature is damaged.'),
    'verification-method-invalid': () => msg('The signing key it names is damaged.'),
    'signature-uncheckable': () => msg('Its signature could not be checked because of an unexpected problem.'),
    'verification-method-unresolvable': () => msg('The key that signed it cannot be found without going online.'),
    'issuer-key-unconfirmed': () => msg('The signing key is published on a website, and this app works offline, so it cannot confirm the key belongs to the issuer.'),
    'context-unknown': () => msg('It relies on a vocabulary this app does not carry, so its signature cannot be checked.'),
    'unknown-terms': () => msg('It contains fields or types the Open Badges standard does not define, so its signature cannot be checked.'),
    'signature-invalid': () => msg('The signature does not match: the credential was changed after it was signed, or someone else signed it.'),
    'issuer-key-mismatch': () => msg('The issuer named in it does not own the signing key. The signature itself is valid; check that you trust the signer.'),
  };
  const sentence = sentences[finding.code]();
  return finding.detail ? msg(str`${sentence} (${finding.detail})`) : sentence;
}

export function signatureText(signature: VerificationReport['signature']): string {
  if (signature === 'valid') return msg('The signature holds: nothing has changed since it was signed.');
  if (signature === 'invalid') return msg('The signature does not hold.');
  return msg('The signature could not be checked.');
}

export function structureText(structure: VerificationReport['structure']): string {
  return structure === 'valid'
    ? msg('It follows the Open Badges 3.0 standard.')
    : msg('It does not follow the Open Badges 3.0 standard.');
}

export function datesText(report: VerificationReport): string {
  const validFrom = credentialDate(report.credential.validFrom);
  const validUntil = credentialDate(report.credential.validUntil);
  switch (report.dates) {
    case 'current':
      return validUntil ? msg(str`Valid from ${validFrom} until ${validUntil}.`) : msg(str`Valid since ${validFrom}, with no end date.`);
    case 'expired':
      return msg(str`Expired on ${validUntil}.`);
    case 'not-yet-valid':
      return msg(str`Not valid until ${validFrom}.`);
    default:
      return msg('Its dates are missing or unreadable.');
  }
}

export function issuerText(report: VerificationReport): string {
  const { name, id, selfIssued } = report.issuer;
  if (!name && !id) return msg('The issuer is not named.');
  const who = name && id ? msg(str`${name} (${id})`) : (name ?? id ?? '');
  return selfIssued ? msg(str`${who}, who issued it to themselves.`) : who;
}
