/**
 * The page side of `npm run bench:kt-browser` and bench/kt-browser.test.ts: the app's real
 * bridge and its real (Vite-built) worker, driven from Chromium by playwright-core.
 */
import { KtBridge, type BackendName, type LoadResult, type StoredAttempt, type TrainPackRequest, type TrainProgress } from '../src/ml/bridge.ts';

export interface BackendFigures {
  readonly backend: BackendName;
  readonly available: boolean;
  /** Why the backend could not be measured (it did not start, or the DKT fell back). */
  readonly note?: string;
  /** Fresh worker: its first round trip (script download and evaluation; no tfjs work yet). */
  readonly workerStartMs?: number;
  /** Load request to ready, through the bridge: tfjs and backend start-up, model fetch and decode. */
  readonly loadMs?: number;
  /** The same, measured inside the worker (no worker start-up or script evaluation). */
  readonly loadInWorkerMs?: number;
  /** Reloading the model into the already running worker and backend. */
  readonly reloadMs?: number;
  /** One answer: bridge round trip, GRU step and predictions for every skill. */
  readonly stepMsMedian?: number;
  readonly stepMsP95?: number;
  /** Total time of the timed answers / their number: finer than the median, whose timer is clamped to 0.1 ms. */
  readonly stepMsMean?: number;
  readonly steps?: number;
  readonly tensorGrowth?: number;
}

export interface ParityFigures {
  readonly result: LoadResult;
  /** Largest |browser - Node| over every skill after every answer; null when the DKT did not load. */
  readonly worstDifference: number | null;
  readonly compared: number;
}

interface PackInput {
  readonly packId: string;
  readonly skillIds: readonly string[];
}

/** Answers the bench feeds in: a fixed pseudo-random walk over the skills, the same every run. */
function attemptAt(i: number, skills: number): StoredAttempt {
  const mixed = Math.imul(i + 1, 2654435761) >>> 0;
  return { skillIndex: mixed % skills, correct: (mixed >>> 8) % 10 < 6 };
}

async function measureBackend(pack: PackInput, backend: BackendName, steps: number): Promise<BackendFigures> {
  const bridge = new KtBridge();
  try {
    const workerStarted = performance.now();
    await bridge.stats();
    const workerStartMs = performance.now() - workerStarted;
    const started = performance.now();
    const loaded = await bridge.load({ ...pack, backends: [backend] });
    const loadMs = performance.now() - started;
    if (loaded.engine !== 'dkt') return { backend, available: false, note: loaded.reason };
    const reloadStarted = performance.now();
    await bridge.load({ ...pack, backends: [backend] });
    const reloadMs = performance.now() - reloadStarted;
    let { state } = await bridge.rebuild(pack.packId, []);
    const skills = loaded.skillIds.length;
    // Warm-up: first calls compile kernels (webgl shaders) and grow wasm memory.
    for (let i = 0; i < 50; i++) ({ state } = await bridge.step(pack.packId, state, attemptAt(i, skills).skillIndex, attemptAt(i, skills).correct));
    const tensorsBefore = (await bridge.stats()).numTensors;
    const times: number[] = [];
    const loopStarted = performance.now();
    for (let i = 0; i < steps; i++) {
      const { skillIndex, correct } = attemptAt(1000 + i, skills);
      const t0 = performance.now();
      ({ state } = await bridge.step(pack.packId, state, skillIndex, correct));
      times.push(performance.now() - t0);
    }
    const stepMsMean = (performance.now() - loopStarted) / steps;
    const tensorsAfter = (await bridge.stats()).numTensors;
    times.sort((a, b) => a - b);
    return {
      backend,
      available: true,
      workerStartMs,
      loadMs,
      loadInWorkerMs: loaded.loadMs,
      reloadMs,
      stepMsMedian: times[Math.floor(times.length / 2)]!,
      stepMsP95: times[Math.floor(times.length * 0.95)]!,
      stepMsMean,
      steps,
      tensorGrowth: tensorsAfter - tensorsBefore,
    };
  } catch (error) {
    return { backend, available: false, note: (error as Error).message };
  } finally {
    bridge.terminate();
  }
}

/**
 * The tutor's look-ahead after an answer, as the practice session runs it (goal-gain.ts
 * goalGains): for each of `candidates` ready skills, the predictions after a right and after a
 * wrong answer, all requested at once through the bridge. Median and p95 wall time over `repeats`
 * look-aheads from a learner 40 answers in.
 */
async function timeLookAhead(pack: PackInput, backend: BackendName, candidates: number, repeats: number): Promise<{ available: boolean; backend?: string; note?: string; msMedian?: number; msP95?: number }> {
  const bridge = new KtBridge();
  try {
    const loaded = await bridge.load({ ...pack, backends: [backend] });
    if (loaded.engine !== 'dkt') return { available: false, note: loaded.reason };
    const skills = loaded.skillIds.length;
    const { state } = await bridge.rebuild(pack.packId, Array.from({ length: 40 }, (_, i) => attemptAt(i, skills)));
    const ready = Array.from({ length: Math.min(candidates, skills) }, (_, k) => (k * 7) % skills);
    const lookAhead = () => Promise.all(ready.flatMap((skill) => [true, false].map((correct) => bridge.step(pack.packId, state, skill, correct))));
    for (let i = 0; i < 5; i++) await lookAhead(); // warm-up
    const times: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      await lookAhead();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { available: true, backend: loaded.backend, msMedian: times[Math.floor(times.length / 2)]!, msP95: times[Math.floor(times.length * 0.95)]! };
  } finally {
    bridge.terminate();
  }
}

async function parity(
  pack: PackInput,
  backend: BackendName,
  fixture: { attempts: StoredAttempt[]; predictions: number[][] },
  modelBaseUrl?: string,
): Promise<ParityFigures> {
  const bridge = new KtBridge();
  try {
    const result = await bridge.load({ ...pack, backends: [backend], ...(modelBaseUrl ? { modelBaseUrl } : {}) });
    if (result.engine !== 'dkt') return { result, worstDifference: null, compared: 0 };
    let { state } = await bridge.rebuild(pack.packId, []);
    let worst = 0;
    let compared = 0;
    for (const [t, attempt] of fixture.attempts.entries()) {
      const next = await bridge.step(pack.packId, state, attempt.skillIndex, attempt.correct);
      state = next.state;
      next.predictions.forEach((p, skill) => {
        worst = Math.max(worst, Math.abs(p - fixture.predictions[t]![skill]!));
        compared++;
      });
    }
    return { result, worstDifference: worst, compared };
  } finally {
    bridge.terminate();
  }
}

/**
 * Trains a model for a pack in the worker (tiny settings: this checks the machinery, not the
 * model), then reloads it from the returned files; or cancels it after the first progress event.
 */
async function trainInWorker(request: TrainPackRequest, cancelAfterFirstProgress: boolean) {
  const bridge = new KtBridge();
  try {
    const abort = new AbortController();
    const progress: TrainProgress[] = [];
    const outcome = await bridge.train(request, {
      signal: abort.signal,
      onProgress: (p) => {
        progress.push(p);
        if (cancelAfterFirstProgress) abort.abort();
      },
    });
    if ('cancelled' in outcome) return { cancelled: true, progress, nothingInstalled: (await bridge.stats()).packs.length === 0 };
    const skills = request.skills.length;
    const attempts = Array.from({ length: 20 }, (_, i) => attemptAt(i, skills));
    const installed = await bridge.rebuild(request.packId, attempts);
    const reloaded = await bridge.load({ packId: request.packId, skillIds: request.skills.map((s) => s.id), files: outcome.files });
    const fromFiles = await bridge.rebuild(request.packId, attempts);
    const worst = Math.max(...Array.from(installed.predictions, (p, i) => Math.abs(p - fromFiles.predictions[i]!)));
    return { cancelled: false, progress, metrics: outcome.metrics, installedEngine: installed.state.engine, reloaded, worstReloadDifference: worst };
  } finally {
    bridge.terminate();
  }
}

/** Loads a model from in-memory files, personalizes it on the given learners, and reloads the result. */
async function personalizeInWorker(
  pack: PackInput,
  files: { modelJson: unknown; weights: number[]; metadata: unknown },
  learners: StoredAttempt[][],
  backend: BackendName,
) {
  const bridge = new KtBridge();
  try {
    const loaded = await bridge.load({ ...pack, backends: [backend], files: { ...files, weights: Float32Array.from(files.weights).buffer } });
    const result = await bridge.personalize(pack.packId, learners);
    if ('cancelled' in result) throw new Error('personalization was cancelled');
    const baseFiles = { ...files, weights: Float32Array.from(files.weights).buffer };
    const tuned = result.weights ? { weights: result.weights, baseModelVersion: result.baseModelVersion } : undefined;
    const reloaded = tuned ? await bridge.load({ ...pack, backends: [backend], files: baseFiles, tuned }) : null;
    // Tuned weights that name another base model are refused, and the base model serves.
    const mismatched = tuned ? await bridge.load({ ...pack, backends: [backend], files: baseFiles, tuned: { ...tuned, baseModelVersion: 'other' } }) : null;
    return { loaded, result: { ...result, weights: undefined }, reloaded, mismatched };
  } finally {
    bridge.terminate();
  }
}

/** Wall time of a fixed number of personalization epochs on the shipped model (no early stop decides it). */
async function timePersonalization(pack: PackInput, learners: StoredAttempt[][], backend: BackendName, epochs: number) {
  const bridge = new KtBridge();
  try {
    const loaded = await bridge.load({ ...pack, backends: [backend] });
    if (loaded.engine !== 'dkt') return { available: false as const, note: loaded.reason };
    const started = performance.now();
    const result = await bridge.personalize(pack.packId, learners, { epochs });
    const ms = performance.now() - started;
    if ('cancelled' in result) throw new Error('cancelled');
    return { available: true as const, backend: loaded.backend, ms, epochsRun: result.epochsRun, msPerEpoch: ms / Math.max(1, result.epochsRun) };
  } finally {
    bridge.terminate();
  }
}

const api = { measureBackend, timeLookAhead, parity, trainInWorker, personalizeInWorker, timePersonalization };
export type KtBrowserApi = typeof api;
(window as unknown as { ktBench: KtBrowserApi }).ktBench = api;
