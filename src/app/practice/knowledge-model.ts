/**
 * The app's access to the knowledge-tracing model: one shared bridge to the model worker (started
 * on first use, stopped when idle so a Chromebook gets its memory back); opening a pack's model
 * with whatever this household has for it (a model trained on this device for an imported pack,
 * tuned weights); and the status of each pack's model, which says whether the deep model serves
 * (shipped or personalized) or the simpler BKT fallback, and why, for any page to show.
 */
import { KtBridge, type BackendName, type LoadResult, type TrainProgress } from '../../ml/bridge.ts';
import { fetchBuiltInPack, readCatalog, type CatalogEntry } from '../library/index.ts';
import type { Pack } from '../../content/index.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { getInstalledPack, listInstalledPacks } from '../../data/packs.ts';
import { getPackModel, getTrainedPackFiles, saveTrainedPackFiles } from '../../data/pack-models.ts';
import type { JsonObject } from '../../data/records.ts';

let shared: KtBridge | undefined;

export function knowledgeModel(): KtBridge {
  shared ??= new KtBridge({ idleMs: 60_000 });
  return shared;
}

/** Which model serves a pack, as last loaded in this tab. */
export type ModelStatus =
  | {
      packId: string;
      engine: 'dkt';
      backend: BackendName;
      loadMs: number;
      /** 'trained-here' for an imported pack whose model this device trained. */
      origin?: 'shipped' | 'trained-here';
      /** True when the household's tuned weights serve. */
      personalized?: boolean;
      /** Why stored tuned weights are not in use (in English, from the worker). */
      tunedIgnored?: string;
    }
  | { packId: string; engine: 'bkt'; reason: string };

/** A pack as far as its model needs it. */
export interface PackSkillGraph {
  id: string;
  version?: string;
  skills: readonly { id: string; prerequisites: readonly string[] }[];
}

const statuses = new Map<string, ModelStatus>();
/** Skill ids in each loaded model's dense order: prediction i is about skill i. */
const modelSkills = new Map<string, readonly string[]>();
const listeners = new Set<(status: ModelStatus) => void>();

/** The pack's model status from its last load in this tab, or undefined before the first. */
export function modelStatus(packId: string): ModelStatus | undefined {
  return statuses.get(packId);
}

/** The loaded model's skill ids in its dense order (undefined before the pack's first load). */
export function modelSkillIds(packId: string): readonly string[] | undefined {
  return modelSkills.get(packId);
}

/**
 * Calls `listener` whenever a pack's model is (re)loaded, e.g. so the practice page can show a
 * note when the fallback serves. Returns the function that stops it.
 */
export function onModelStatus(listener: (status: ModelStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Loads a pack's model in the worker with what this household has for it: a model this device
 * trained (imported packs), and tuned weights when present. Never throws for a bad model file:
 * the worker falls back to BKT and the status carries the reason.
 */
export async function openPackModel(pack: PackSkillGraph, db: WayfindDb = appDb(), bridge: KtBridge = knowledgeModel()): Promise<LoadResult> {
  const [trained, tuned] = await Promise.all([getTrainedPackFiles(db, pack.id), getPackModel(db, pack.id)]);
  const result = await bridge.load({
    packId: pack.id,
    skillIds: pack.skills.map((skill) => skill.id),
    ...(trained ? { files: trained } : {}),
    ...(tuned ? { tuned: { weights: tuned.weights, baseModelVersion: tuned.baseModelVersion } } : {}),
  });
  const status: ModelStatus =
    result.engine === 'dkt'
      ? {
          packId: pack.id,
          engine: 'dkt',
          backend: result.backend,
          loadMs: result.loadMs,
          origin: trained ? 'trained-here' : 'shipped',
          personalized: result.personalized,
          ...(result.tunedIgnored ? { tunedIgnored: result.tunedIgnored } : {}),
        }
      : { packId: pack.id, engine: 'bkt', reason: result.reason };
  statuses.set(pack.id, status);
  modelSkills.set(pack.id, result.skillIds);
  for (const listener of listeners) listener(status);
  return result;
}

/** Loads each pack's model in the worker and reports which engine will serve it. */
export async function checkModels(
  catalog: readonly CatalogEntry[],
  readPack: (entry: CatalogEntry) => Promise<Pack>,
  bridge: KtBridge = knowledgeModel(),
  db: WayfindDb = appDb(),
): Promise<ModelStatus[]> {
  const result: ModelStatus[] = [];
  for (const entry of catalog) {
    const pack = await readPackForModel(db, entry.id, () => readPack(entry));
    await openPackModel(pack, db, bridge);
    result.push(statuses.get(pack.id)!);
  }
  // Imported packs that are not built in: a model trained here, or the fallback until then.
  const builtIn = new Set(catalog.map((entry) => entry.id));
  for (const installed of await listInstalledPacks(db)) {
    if (installed.source === undefined || builtIn.has(installed.id)) continue;
    await openPackModel(await readPackForModel(db, installed.id), db, bridge);
    result.push(statuses.get(installed.id)!);
  }
  return result;
}

/**
 * The pack with this id as the household has it: the imported version when there is one (its
 * skills may differ from the built-in pack's), else the built-in one from `readBuiltIn`.
 */
export async function readPackForModel(db: WayfindDb, packId: string, readBuiltIn?: () => Promise<PackSkillGraph>): Promise<PackSkillGraph> {
  const installed = await getInstalledPack(db, packId);
  if (installed?.source !== undefined) {
    const parsed = JSON.parse(installed.source) as PackSkillGraph;
    return { id: packId, version: installed.version, skills: parsed.skills.map((s) => ({ id: s.id, prerequisites: [...(s.prerequisites ?? [])] })) };
  }
  if (readBuiltIn) return readBuiltIn();
  const entry = (await readCatalog()).find((candidate) => candidate.id === packId);
  if (!entry) throw new Error(`Pack ${packId} is neither built in nor imported on this device.`);
  return fetchBuiltInPack(entry);
}

/**
 * Trains a model for an imported pack in the worker (simulated learners over its skill graph),
 * stores it, and serves it from then on. Resolves `{ cancelled: true }` when `signal` aborts;
 * a cancelled run stores nothing.
 */
export async function trainModelForPack(
  packId: string,
  options: { onProgress?: (progress: TrainProgress) => void; signal?: AbortSignal; db?: WayfindDb; bridge?: KtBridge } = {},
): Promise<{ dktAuc: number; bktAuc: number } | { cancelled: true }> {
  const db = options.db ?? appDb();
  const bridge = options.bridge ?? knowledgeModel();
  const pack = await readPackForModel(db, packId);
  const result = await bridge.train(
    { packId, ...(pack.version ? { packVersion: pack.version } : {}), skills: pack.skills },
    { ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}) },
  );
  if ('cancelled' in result) return result;
  const { modelJson, metadata, weights } = result.files;
  await saveTrainedPackFiles(db, packId, { modelJson: modelJson as JsonObject, metadata: metadata as JsonObject, weights });
  await openPackModel(pack, db, bridge);
  return { dktAuc: result.metrics.dktAuc, bktAuc: result.metrics.bktAuc };
}
