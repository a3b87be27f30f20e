/**
 * Which pack credentials and stacks a learner has earned, holds or is working towards. Pure: the
 * issuing service and the wallet feed it the learner's skill states and held credentials.
 *
 * A pack credential's criteria are met when every required skill is at least at the credential's
 * `requires.level` (stored levels, read through the practice feature's readiness functions, the
 * same ones Today, Goals and the skill map use). A stack is met once every component is held.
 */
import type { Credential as PackCredential, Pack, Stack } from '../../content/index.ts';
import type { Credential, SkillState } from '../../data/records.ts';
import { credentialProgress } from '../practice/index.ts';

export type OfferKind = 'credential' | 'stack';

export interface CredentialStatus {
  kind: OfferKind;
  packId: string;
  packTitle: string;
  /** The pack credential's or stack's id (stored as Credential.credentialKey). */
  key: string;
  name: string;
  description: string;
  criteria: string;
  /** Requirements done and in total: skills for a credential, component credentials for a stack. */
  done: number;
  total: number;
  /** Names of what is still missing. */
  missing: string[];
  met: boolean;
  /** The credential already held, if any. */
  held: Credential | null;
}

function localized<T extends { name: string; description: string; criteria: string; l10n?: Record<string, { name?: string; description?: string; criteria?: string }> }>(entry: T, locale: string) {
  const text = entry.l10n?.[locale];
  return { name: text?.name ?? entry.name, description: text?.description ?? entry.description, criteria: text?.criteria ?? entry.criteria };
}

function heldCredential(held: readonly Credential[], packId: string, key: string): Credential | null {
  return held.find((credential) => credential.packId === packId && credential.credentialKey === key) ?? null;
}

export function packCredentialStatus(pack: Pack, credential: PackCredential, states: readonly SkillState[], held: readonly Credential[], locale = 'en'): CredentialStatus {
  const names = new Map(pack.skills.map((skill) => [skill.id, skill.l10n?.[locale]?.name ?? skill.name]));
  const progress = credentialProgress(credential.requires.skills, credential.requires.level, states, pack.id);
  return {
    kind: 'credential', packId: pack.id, packTitle: pack.l10n?.[locale]?.title ?? pack.title, key: credential.id, ...localized(credential, locale),
    done: progress.done, total: progress.total, missing: progress.missing.map((id) => names.get(id) ?? id),
    met: progress.met, held: heldCredential(held, pack.id, credential.id),
  };
}

export function stackStatus(pack: Pack, stack: Stack, held: readonly Credential[], locale = 'en'): CredentialStatus {
  const names = new Map((pack.credentials ?? []).map((credential) => [credential.id, localized(credential, locale).name]));
  const missing = stack.requires.filter((key) => !heldCredential(held, pack.id, key));
  return {
    kind: 'stack', packId: pack.id, packTitle: pack.l10n?.[locale]?.title ?? pack.title, key: stack.id, ...localized(stack, locale),
    done: stack.requires.length - missing.length, total: stack.requires.length, missing: missing.map((key) => names.get(key) ?? key),
    met: missing.length === 0, held: heldCredential(held, pack.id, stack.id),
  };
}

/** Every credential and stack of every pack, in pack order. */
export function credentialStatuses(packs: readonly Pack[], states: readonly SkillState[], held: readonly Credential[], locale = 'en'): CredentialStatus[] {
  return packs.flatMap((pack) => [
    ...(pack.credentials ?? []).map((credential) => packCredentialStatus(pack, credential, states, held, locale)),
    ...(pack.stacks ?? []).map((stack) => stackStatus(pack, stack, held, locale)),
  ]);
}

/** What the Portfolio page offers: criteria met and not yet held. */
export function openOffers(statuses: readonly CredentialStatus[]): CredentialStatus[] {
  return statuses.filter((status) => status.met && !status.held);
}

/** A stable achievement IRI for a pack credential, the same on every device that has the pack. */
export function achievementIdFor(packId: string, key: string): string {
  return `urn:wayfind:pack:${encodeURIComponent(packId)}:credential:${encodeURIComponent(key)}`;
}

/** The pack and key back from an achievement IRI made by `achievementIdFor` (null for any other). */
export function parseAchievementId(id: string): { packId: string; key: string } | null {
  const match = /^urn:wayfind:pack:([^:]+):credential:([^:]+)$/.exec(id);
  if (!match) return null;
  try {
    return { packId: decodeURIComponent(match[1]), key: decodeURIComponent(match[2]) };
  } catch {
    return null;
  }
}
