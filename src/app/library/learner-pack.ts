/**
 * Which pack a learner works in: chosen in onboarding and kept as the household setting
 * `packFor:<learnerId>`, and how to open a pack's content, whether built in or imported. Kept
 * apart from the placement code so light pages (onboarding, the map) do not load it.
 */
import type { WayfindDb } from '../../data/db.ts';
import { getInstalledPack } from '../../data/packs.ts';
import { getSetting, setSetting } from '../../data/settings.ts';
import type { Pack } from '../../content/index.ts';
import { localeCoverage } from '../../content/l10n/coverage.ts';
import { localizePack, sameLanguage } from '../../content/l10n/localize.ts';
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

/** A pack as a learner sees it: its text in their language where the pack has it. */
export interface ShownPack extends Pack {
  /**
   * The learner's locale, the pack's own language, and the share of its learner-facing strings
   * shown in the learner's language (1: all; below 1, the rest is in `from`, and the UI says so).
   */
  shownIn?: { locale: string; from: string; coverage: number };
}

/**
 * A pack's content: an imported pack from the database, a built-in one from the catalog. With a
 * locale, the pack comes back as that learner sees it (content/l10n: every page that opens a pack
 * for a learner goes through here, so lessons, items, hints, feedback, the map and placement all
 * follow the learner's language); generated items follow `language` of the returned pack.
 */
export async function openPack(db: WayfindDb, packId: string, catalog: readonly CatalogEntry[], locale?: string): Promise<ShownPack> {
  const pack = await readPackSource(db, packId, catalog);
  if (!locale) return pack;
  const coverage = sameLanguage(pack.language, locale) ? 1 : localeCoverage(pack, locale);
  return { ...localizePack(pack, locale), shownIn: { locale, from: pack.language, coverage } };
}

async function readPackSource(db: WayfindDb, packId: string, catalog: readonly CatalogEntry[]): Promise<Pack> {
  const installed = await getInstalledPack(db, packId);
  if (installed?.source) return JSON.parse(installed.source) as Pack;
  const entry = catalog.find((candidate) => candidate.id === packId);
  if (!entry) throw new Error(`The pack ${packId} is not installed.`);
  return fetchBuiltInPack(entry);
}

export function choosePack(db: WayfindDb, learnerId: string, packId: string): Promise<void> {
  return setSetting(db, packForSetting(learnerId), packId);
}
