/**
 * The content library: the built-in packs that ship with the app, plus packs a learner or coach
 * imports. Importing is two steps so that a bad pack changes nothing: `checkPackFile` validates
 * and sanitizes (src/content) and plans the upgrade; only `installPack` writes (src/data).
 */
import type { WayfindDb } from '../data/db.ts';
import { forgetPack, getInstalledPack, listInstalledPacks, recordPackInstall } from '../data/packs.ts';
import { sha256Hex } from '../data/backup/checksum.ts';
import { planUpgrade, preparePackForInstall, type Pack, type Problem, type UpgradePlan } from '../content/index.ts';

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

/** Packs larger than this are refused before parsing: no real pack comes close. */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;

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

/**
 * Checks a pack file completely without writing anything: JSON, schema, skill graph, safety
 * lint, generators; then how it relates to what is installed (new, upgrade, same or older).
 */
export async function checkPackFile(db: WayfindDb, text: string, catalog: CatalogEntry[], builtIn: (entry: CatalogEntry) => Promise<Pack>): Promise<PackFileCheck> {
  if (text.length > MAX_PACK_BYTES) {
    return { ok: false, problems: [{ severity: 'error', path: '$', message: 'The file is larger than 10 MB.', hint: 'Split the course into smaller packs.' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ severity: 'error', path: '$', message: `The file is not valid JSON (${detail}).`, hint: 'Save the pack as a .json file from a text editor or the authoring tool.' }] };
  }
  const prepared = preparePackForInstall(json);
  if (!prepared.ok || !prepared.pack) return { ok: false, problems: prepared.problems.filter((p) => p.severity === 'error') };
  const pack = prepared.pack;
  const plan = planUpgrade(await installedVersionOf(db, pack.id, catalog, builtIn), pack);
  return { ok: true, pack, text, plan, warnings: prepared.problems.filter((p) => p.severity !== 'error') };
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

async function installedVersionOf(db: WayfindDb, id: string, catalog: CatalogEntry[], builtIn: (entry: CatalogEntry) => Promise<Pack>): Promise<Pack | undefined> {
  const imported = await getInstalledPack(db, id);
  if (imported?.source) return JSON.parse(imported.source) as Pack;
  const entry = catalog.find((candidate) => candidate.id === id);
  return entry ? builtIn(entry) : undefined;
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
