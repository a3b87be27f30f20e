/**
 * The app's access to the knowledge-tracing model: one shared bridge to the model worker (started
 * on first use, stopped when idle so a Chromebook gets its memory back), and a status check per
 * built-in pack that says whether the DKT model is in use or the simpler BKT fallback, and why.
 */
import { KtBridge, type BackendName } from '../ml/bridge.ts';
import type { CatalogEntry } from './content-library.ts';
import type { Pack } from '../content/index.ts';

let shared: KtBridge | undefined;

export function knowledgeModel(): KtBridge {
  shared ??= new KtBridge({ idleMs: 60_000 });
  return shared;
}

export type ModelStatus =
  | { packId: string; engine: 'dkt'; backend: BackendName; loadMs: number }
  | { packId: string; engine: 'bkt'; reason: string };

/** Loads each pack's model in the worker and reports which engine will serve it. */
export async function checkModels(
  catalog: readonly CatalogEntry[],
  readPack: (entry: CatalogEntry) => Promise<Pack>,
  bridge: KtBridge = knowledgeModel(),
): Promise<ModelStatus[]> {
  const statuses: ModelStatus[] = [];
  for (const entry of catalog) {
    const pack = await readPack(entry);
    const result = await bridge.load({ packId: pack.id, skillIds: pack.skills.map((skill) => skill.id) });
    statuses.push(
      result.engine === 'dkt'
        ? { packId: pack.id, engine: 'dkt', backend: result.backend, loadMs: result.loadMs }
        : { packId: pack.id, engine: 'bkt', reason: result.reason },
    );
  }
  return statuses;
}
