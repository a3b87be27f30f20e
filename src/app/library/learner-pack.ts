/**
 * Which pack a learner works in: chosen in onboarding and kept as the household setting
 * `packFor:<learnerId>`, and how to open a pack's content, whether built in or imported. Kept
 * apart from the placement code so light pages (onboarding, the map) do not load it.
 */
import type { WayfindDb } from '../../data/db.ts';
import { getInstalledPack } from '../../data/packs.ts';
import { getSetting, setSetting } from '../../data/settings.ts';
import type { Pack } from '../../content/index.ts';
import { fetchBuiltInPack, type CatalogEntry } from './content-library.ts';

/** The setting that holds the pack a learner chose (in onboarding or later). */
export const packForSetting = (learnerId: string): string => `packFor:${learnerId}`;

/** The learner's chosen pack id, or the first pack of the library when none was chosen yet. */
export async function chosenPackId(db: WayfindDb, learnerId: string, library: readonly { id: string }[]): Promise<string | null> {
  const chosen = await getSetting<string | null>(db, packForSetting(learnerId), null);
  if (chosen && library.some((entry) => entry.id === chosen)) return chosen;
  return library[0]?.id ?? null;
}

/**
 * The courses a learner studies: every pack they have a skill level in, and the one they chose.
 * Pages that offer "next to earn" or progress read this, so an adult who studies only
 * Spreadsheets is never shown fraction credentials.
 */
export async function learnerPackIds(db: WayfindDb, learnerId: string, states: readonly { packId: string }[]): Promise<Set<string>> {
  const chosen = await getSetting<string | null>(db, packForSetting(learnerId), null);
  const ids = new Set(states.map((state) => state.packId));
  if (chosen) ids.add(chosen);
  return ids;
}

/** A pack's content: an imported pack from the database, a built-in one from the catalog. */
export async function openPack(db: WayfindDb, packId: string, catalog: readonly CatalogEntry[]): Promise<Pack> {
  const installed = await getInstalledPack(db, packId);
  if (installed?.source) return JSON.parse(installed.source) as Pack;
  const entry = catalog.find((candidate) => candidate.id === packId);
  if (!entry) throw new Error(`The pack ${packId} is not installed.`);
  return fetchBuiltInPack(entry);
}

export function choosePack(db: WayfindDb, learnerId: string, packId: string): Promise<void> {
  return setSetting(db, packForSetting(learnerId), packId);
}
