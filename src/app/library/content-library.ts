/**
 * The content library: the built-in packs that ship with the app, plus packs a learner or coach
 * imports. Importing is two steps so that a bad pack changes nothing: `checkPackFile`
 * (pack-file-check.ts, a lazy chunk with the whole pack checker) validates, sanitizes and plans the
 * upgrade; only `installPack` here writes (src/data). This module stays light for listing.
 */
import type { WayfindDb } from '../../data/db.ts';
import { forgetPack, listInstalledPacks, recordPackInstall } from '../../data/packs.ts';
import { sha256Hex } from '../../data/backup/checksum.ts';
import type { Pack, Problem, UpgradePlan } from '../../content/index.ts';

/** Entry of the built-in catalog the build writes to /content/index.json. */
export interface CatalogEntry {
  id: string;
  version: string;
  title: string;
  /** The title in each language the pack provides, by locale code. */
  titles?: Record<string, string>;
  url: string;
}

export interface LibraryEntry {
  id: string;
  version: string;
  title: string;
  origin: 'built-in' | 'imported';
}

export type PackFileCheck =
  | { ok: false; problems: Problem[] }
  | { ok: true; pack: Pack; text: string; plan: UpgradePlan; warnings: Problem[] };

export async function readCatalog(url = '/content/index.json'): Promise<CatalogEntry[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The list of built-in packs could not be read (HTTP ${response.status}).`);
  const body = (await response.json()) as { packs?: CatalogEntry[] };
  return body.packs ?? [];
}

/** Built-in packs, with any imported newer version or imported pack in their place or beside them. */
export async function listLibrary(db: WayfindDb, catalog: CatalogEntry[], locale = 'en'): Promise<LibraryEntry[]> {
  const imported = (await listInstalledPacks(db)).filter((pack) => pack.source !== undefined);
  const importedIds = new Set(imported.map((pack) => pack.id));
  const builtIn: LibraryEntry[] = catalog
    .filter((entry) => !importedIds.has(entry.id))
    .map((entry) => ({ id: entry.id, version: entry.version, title: entry.titles?.[locale] ?? entry.title, origin: 'built-in' }));
  const mine: LibraryEntry[] = imported.map((pack) => ({
    id: pack.id,
    version: pack.version,
    title: titleOf(pack.source!) ?? pack.id,
    origin: 'imported',
  }));
  return [...builtIn, ...mine];
}

/** Stores a checked pack. Progress is keyed by skill id, so skills that remain keep it. */
export async function installPack(db: WayfindDb, checked: Extract<PackFileCheck, { ok: true }>, now = Date.now()): Promise<void> {
  if (checked.plan.action === 'older' || checked.plan.action === 'same') {
    throw new Error('An equal or newer version of this pack is already installed.');
  }
  await recordPackInstall(db, {
    id: checked.pack.id,
    version: checked.pack.version,
    contentHash: `sha256:${await sha256Hex(checked.text)}`,
    installedAt: now,
    source: checked.text,
  });
}

/** Removes an imported pack; the learners' progress on its skills stays in their records. */
export function removeImportedPack(db: WayfindDb, packId: string): Promise<void> {
  return forgetPack(db, packId);
}

function titleOf(source: string): string | undefined {
  try {
    const title = (JSON.parse(source) as { title?: unknown }).title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches a built-in pack's JSON (precached, so this works offline). */
export async function fetchBuiltInPack(entry: CatalogEntry): Promise<Pack> {
  const response = await fetch(entry.url);
  if (!response.ok) throw new Error(`The built-in pack ${entry.id} could not be read (HTTP ${response.status}).`);
  return (await response.json()) as Pack;
}
