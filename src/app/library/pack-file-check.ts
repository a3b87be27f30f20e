/**
 * Checks a content pack file completely before anything is stored. This module pulls in the whole
 * pack checker (schema, graph, generators, formula engine, TeX lint), so the UI loads it lazily,
 * only when a learner chooses a file to import.
 */
import type { WayfindDb } from '../../data/db.ts';
import { getInstalledPack } from '../../data/packs.ts';
import { planUpgrade, preparePackForInstall, type Pack } from '../../content/index.ts';
import type { CatalogEntry, PackFileCheck } from './content-library.ts';

/** Packs larger than this are refused before parsing: no real pack comes close. */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;

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

async function installedVersionOf(db: WayfindDb, id: string, catalog: CatalogEntry[], builtIn: (entry: CatalogEntry) => Promise<Pack>): Promise<Pack | undefined> {
  const imported = await getInstalledPack(db, id);
  if (imported?.source) return JSON.parse(imported.source) as Pack;
  const entry = catalog.find((candidate) => candidate.id === id);
  return entry ? builtIn(entry) : undefined;
}
