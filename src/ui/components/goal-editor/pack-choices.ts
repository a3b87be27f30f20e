/**
 * The skills and credentials a learner can set goals on, from the built-in packs (the build's
 * catalog, precached) and any imported pack, with names in the app's language. Shared by the goal
 * editor and the Today page; the built-in packs are fetched once per page load.
 */
import { fetchBuiltInPack, readCatalog } from '../../../app/library/index.ts';
import type { CredentialTarget } from '../../../app/goals/index.ts';
import type { Pack } from '../../../content/index.ts';
import type { WayfindDb } from '../../../data/db.ts';
import { listInstalledPacks } from '../../../data/packs.ts';

export interface PackChoice {
  id: string;
  title: string;
  /** With the prerequisites, so a page can tell which skills lie on the way to a goal. */
  skills: { id: string; name: string; prerequisites?: string[] }[];
  credentials: CredentialTarget[];
}

/** Where the packs come from; tests and the benchmark pass their own. */
export type PackSource = (db: WayfindDb, locale: string) => Promise<PackChoice[]>;

let builtIn: Promise<Pack[]> | undefined;

async function loadBuiltInPacks(): Promise<Pack[]> {
  try {
    const catalog = await readCatalog();
    const packs = await Promise.all(catalog.map((entry) => fetchBuiltInPack(entry).catch(() => null)));
    return packs.filter((pack): pack is Pack => pack !== null);
  } catch {
    // No catalog (a development server, a test page): goals on imported packs still work.
    return [];
  }
}

/** A pack's names in `locale`, falling back to the pack's own language. */
export function packChoiceOf(pack: Pack, locale: string): PackChoice {
  const language = locale.split('-')[0]!;
  type Named = { name: string; l10n?: Record<string, { name?: string; title?: string }> };
  const nameOf = (entry: Named) => entry.l10n?.[locale]?.name ?? entry.l10n?.[language]?.name ?? entry.name;
  return {
    id: pack.id,
    title: pack.l10n?.[locale]?.title ?? pack.l10n?.[language]?.title ?? pack.title,
    skills: pack.skills.map((skill) => ({ id: skill.id, name: nameOf(skill), prerequisites: [...skill.prerequisites] })),
    credentials: (pack.credentials ?? []).map((credential) => ({
      packId: pack.id,
      credentialKey: credential.id,
      name: nameOf(credential),
      skillIds: credential.requires.skills,
      level: credential.requires.level,
    })),
  };
}

/** The app's packs: built-in ones, replaced by an imported version of the same id. */
export const installedPackChoices: PackSource = async (db, locale) => {
  builtIn ??= loadBuiltInPacks();
  const imported: Pack[] = [];
  for (const record of await listInstalledPacks(db)) {
    if (record.source === undefined) continue;
    try {
      imported.push(JSON.parse(record.source) as Pack);
    } catch {
      // An unreadable stored pack was already reported by the content panel; skip it here.
    }
  }
  const importedIds = new Set(imported.map((pack) => pack.id));
  const packs = [...(await builtIn).filter((pack) => !importedIds.has(pack.id)), ...imported];
  return packs.map((pack) => packChoiceOf(pack, locale));
};

/** Skill names by id across packs (a skill id unknown to every pack reads as itself). */
export function skillNames(packs: readonly PackChoice[]): Map<string, string> {
  return new Map(packs.flatMap((pack) => pack.skills.map((skill) => [skill.id, skill.name] as const)));
}
