/**
 * The Pack objects whose credentials a learner can earn: the built-in catalog (precached, works
 * offline) with imported packs in place of or beside them. A pack that cannot be read is skipped
 * (its credentials are simply not offered), so one bad pack never hides the others.
 */
import type { Pack } from '../../content/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { listInstalledPacks } from '../../data/packs.ts';
import { fetchBuiltInPack, readCatalog } from '../library/index.ts';

export async function loadCredentialPacks(db: WayfindDb): Promise<Pack[]> {
  const imported: Pack[] = [];
  for (const installed of await listInstalledPacks(db)) {
    if (installed.source === undefined) continue;
    try {
      imported.push(JSON.parse(installed.source) as Pack);
    } catch {
      // A stored pack that no longer parses offers nothing; the content panel reports it.
    }
  }
  const importedIds = new Set(imported.map((pack) => pack.id));
  let builtIn: Pack[] = [];
  try {
    const catalog = (await readCatalog()).filter((entry) => !importedIds.has(entry.id));
    const results = await Promise.allSettled(catalog.map((entry) => fetchBuiltInPack(entry)));
    builtIn = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  } catch {
    builtIn = [];
  }
  return [...builtIn, ...imported];
}
