import { DEFAULT_BKT_PARAMS, type BktSkillParams } from '../bkt/bkt.ts';
import type { DktModel } from '../dkt/model.ts';
import { packModelVersion, parsePackModelMetadata, type PackModelMetadata } from '../dkt/pack-metadata.ts';
import type { WasmSetup } from './backend.ts';
import { BktEngine, type KtEngine } from './engines.ts';
import type { LoadPackOptions, LoadResult, PackModelFiles } from './protocol.ts';

/** How the worker reads a file; the browser's fetch by default, replaceable in tests. */
export type FetchFile = (url: string) => Promise<Response>;

type DktRuntime = typeof import('./dkt-runtime.ts');
let runtime: Promise<DktRuntime> | undefined;

/**
 * tfjs arrives with the first DKT load, not with the worker: a worker that only ever runs BKT
 * never pays for it, and a tfjs that cannot load becomes a BKT fallback instead of a dead worker.
 */
export function loadDktRuntime(wasmSetup: WasmSetup | undefined): Promise<DktRuntime> {
  runtime ??= import('./dkt-runtime.ts').then(
    (module) => {
      module.configureWasm(wasmSetup);
      return module;
    },
    (error: unknown) => {
      runtime = undefined; // a later load may try again
      throw new Error(`TensorFlow.js could not be loaded (${(error as Error).message})`);
    },
  );
  return runtime;
}

/** The tfjs runtime if a DKT load has already brought it in; stats must not load it. */
export function loadedDktRuntime(): Promise<DktRuntime> | undefined {
  return runtime;
}

/** Pack ids become URL path segments, so anything but a plain id is refused outright. */
const PACK_ID = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

/**
 * Loads a pack's shipped DKT, or falls back to BKT and says why. Only a bad request (no pack id,
 * no skills) is an error: a missing or damaged model file is something the app must survive,
 * with fitted BKT parameters when metadata.json is readable and textbook ones when it is not.
 */
export async function loadPackModel(
  options: LoadPackOptions,
  fetchFile: FetchFile,
  wasmSetup?: WasmSetup,
): Promise<{ engine: KtEngine; result: LoadResult; shipped?: DktModel }> {
  const started = performance.now();
  if (options.files) fetchFile = filesAsFetch(options.files);
  const { packId, skillIds } = options;
  if (typeof packId !== 'string' || !PACK_ID.test(packId)) throw new Error(`"${String(packId)}" is not a valid pack id`);
  if (!Array.isArray(skillIds) || skillIds.length === 0) throw new Error(`load of pack "${packId}" lists no skills`);
  const base = `${options.modelBaseUrl ?? '/models/'}${packId}/`;

  let metadata: PackModelMetadata | undefined;
  try {
    metadata = parsePackModelMetadata(await readJson(fetchFile, `${base}metadata.json`), packId);
    if (!sameSkills(metadata.skillIds, skillIds)) {
      throw new Error(`the model was trained for other skills than this version of the pack has (${metadata.skillIds.length} vs ${skillIds.length})`);
    }
    const [modelJson, weights] = await Promise.all([readJson(fetchFile, `${base}model.json`), readBytes(fetchFile, `${base}weights.bin`)]);
    const { chooseBackend, decodeDktModel, DktEngine } = await loadDktRuntime(wasmSetup);
    const { backend } = await chooseBackend(options.backends);
    const shippedEngine = new DktEngine(decodeDktModel(modelJson, weights), metadata.skillIds, metadata);
    // Right-sized weights can still hold garbage (NaN, a truncated download padded out).
    if (!givesProbabilities(shippedEngine)) {
      shippedEngine.dispose();
      throw new Error('the model gives no valid probabilities (damaged weights)');
    }
    const modelVersion = packModelVersion(metadata);
    const lines = (metadata as { estimateLines?: Record<string, number> }).estimateLines;
    const dkt = { engine: 'dkt', backend, skillIds: metadata.skillIds, modelVersion, ...(lines ? { estimateLines: lines } : {}) } as const;
    if (!options.tuned) return { engine: shippedEngine, result: { ...dkt, personalized: false, loadMs: performance.now() - started } };
    // Tuned weights are the household's; if they cannot serve, the shipped model does, and says why.
    let tunedIgnored: string;
    if (options.tuned.baseModelVersion !== modelVersion) {
      tunedIgnored = `the tuned weights were made for an earlier model (${options.tuned.baseModelVersion})`;
    } else {
      try {
        const tuned = new DktEngine(decodeDktModel(modelJson, options.tuned.weights), metadata.skillIds, metadata);
        if (givesProbabilities(tuned)) {
          return { engine: tuned, shipped: shippedEngine.model, result: { ...dkt, personalized: true, loadMs: performance.now() - started } };
        }
        tuned.dispose();
        tunedIgnored = 'the tuned weights give no valid probabilities';
      } catch (error) {
        tunedIgnored = `the tuned weights could not be read (${(error as Error).message})`;
      }
    }
    return { engine: shippedEngine, result: { ...dkt, personalized: false, tunedIgnored, loadMs: performance.now() - started } };
  } catch (error) {
    const reason = `The ${packId} model could not be used, so simpler estimates (BKT) are shown: ${(error as Error).message}`;
    const fitted = metadata ? new Map(metadata.skillIds.map((id, i) => [id, metadata!.bkt[i]!])) : undefined;
    const params = skillIds.map((id): BktSkillParams => fitted?.get(id) ?? DEFAULT_BKT_PARAMS);
    const engine = new BktEngine(params, [...skillIds]);
    return {
      engine,
      result: { engine: 'bkt', reason, skillIds: [...skillIds], parameters: fitted ? 'fitted' : 'default', loadMs: performance.now() - started },
    };
  }
}

function givesProbabilities(engine: KtEngine): boolean {
  return engine.rebuild([]).predictions.every((p) => p >= 0 && p <= 1);
}

/** Stored files go through the same checks as fetched ones. */
function filesAsFetch(files: PackModelFiles): FetchFile {
  return async (url) => {
    if (url.endsWith('/weights.bin')) return new Response(files.weights);
    const json = url.endsWith('/model.json') ? files.modelJson : url.endsWith('/metadata.json') ? files.metadata : undefined;
    return json === undefined ? new Response(null, { status: 404 }) : new Response(JSON.stringify(json));
  };
}

function sameSkills(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b);
  return a.length === b.length && a.every((id) => set.has(id));
}

async function fetchOk(fetchFile: FetchFile, url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFile(url);
  } catch (error) {
    throw new Error(`${url} could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response;
}

async function readJson(fetchFile: FetchFile, url: string): Promise<unknown> {
  const response = await fetchOk(fetchFile, url);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url} is not valid JSON`);
  }
}

async function readBytes(fetchFile: FetchFile, url: string): Promise<ArrayBuffer> {
  return (await fetchOk(fetchFile, url)).arrayBuffer();
}
