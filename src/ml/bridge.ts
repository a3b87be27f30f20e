import type {
  KtOperation,
  KtOperations,
  KtPrediction,
  KtRequestMessage,
  KtResponseMessage,
  LearnerState,
  LoadPackOptions,
  LoadResult,
  PersonalizeRequest,
  PersonalizeResult,
  StoredAttempt,
  TrainPackRequest,
  TrainPackResult,
  TrainProgress,
  WorkerStats,
} from './worker/protocol.ts';

export type {
  BackendName,
  KtPrediction,
  LearnerState,
  LoadPackOptions,
  LoadResult,
  PackModelFiles,
  PersonalizeRequest,
  PersonalizeResult,
  TunedWeights,
  StoredAttempt,
  TrainPackRequest,
  TrainPackResult,
  TrainProgress,
  WorkerStats,
} from './worker/protocol.ts';

export interface KtBridgeOptions {
  /** Starts the worker; the app's knowledge-tracing worker by default. */
  readonly createWorker?: () => Worker;
  /**
   * Ends the worker after this long without a request (ms), giving its memory back; the next
   * request starts it again and reloads the packs that were loaded. 0 keeps it running.
   */
  readonly idleMs?: number;
}

/** The app's knowledge-tracing worker; Vite turns this URL into the worker's lazy chunk. */
export function startKtWorker(): Worker {
  return new Worker(new URL('./worker/kt-worker.ts', import.meta.url), { type: 'module', name: 'wayfind-kt' });
}

interface Pending {
  readonly op: KtOperation;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: TrainProgress) => void;
}

/**
 * The one door to the knowledge-tracing worker: the worker starts on first use, every request
 * is a typed promise, and anything that goes wrong in the worker arrives as a rejected promise
 * with a message that says what failed.
 */
export class KtBridge {
  readonly #createWorker: () => Worker;
  readonly #idleMs: number;
  readonly #pending = new Map<number, Pending>();
  /** What each loaded pack was loaded with, to reload it after an idle shutdown. */
  readonly #loaded = new Map<string, LoadPackOptions>();
  #worker: Worker | undefined;
  #nextId = 1;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: KtBridgeOptions = {}) {
    this.#createWorker = options.createWorker ?? startKtWorker;
    this.#idleMs = options.idleMs ?? 0;
  }

  /** Loads a pack's model; resolves with `engine: 'bkt'` and a reason when the DKT is unusable. */
  async load(options: LoadPackOptions): Promise<LoadResult> {
    const result = await this.#request('load', options);
    this.#loaded.set(options.packId, options);
    return result;
  }

  /** A learner's state and predictions rebuilt from their stored attempts, oldest first. */
  rebuild(packId: string, attempts: readonly StoredAttempt[]): Promise<KtPrediction> {
    return this.#request('rebuild', { packId, attempts });
  }

  /** Folds one answer into the learner's state: the new state and P(correct) for every skill. */
  step(packId: string, state: LearnerState, skillIndex: number, correct: boolean): Promise<KtPrediction> {
    return this.#request('step', { packId, state, skillIndex, correct });
  }

  async predict(packId: string, state: LearnerState): Promise<Float32Array> {
    return (await this.#request('predict', { packId, state })).predictions;
  }

  /** Frees a pack's model (or every pack's) in the worker. */
  async dispose(packId?: string): Promise<readonly string[]> {
    if (packId === undefined) this.#loaded.clear();
    else this.#loaded.delete(packId);
    if (!this.#worker) return [];
    return (await this.#request('dispose', packId === undefined ? {} : { packId })).disposed;
  }

  /**
   * Trains a model for an imported pack in the worker, on simulated learners over its skill
   * graph, and installs it for that pack. Resolves with the files to store (and pass back as
   * `files` to `load` later), or `{ cancelled: true }` when `signal` aborts it.
   */
  train(
    request: TrainPackRequest,
    options: { onProgress?: (progress: TrainProgress) => void; signal?: AbortSignal } = {},
  ): Promise<TrainPackResult | { readonly cancelled: true }> {
    const { id, promise } = this.#send('train', request, options.onProgress);
    options.signal?.addEventListener('abort', () => void this.#request('cancel', { requestId: id }).catch(() => undefined), { once: true });
    return promise.then((result) => {
      // After an idle shutdown the worker must come back with this model, not without one.
      if (!('cancelled' in result)) this.#loaded.set(request.packId, { packId: request.packId, skillIds: request.skills.map((s) => s.id), files: result.files });
      return result;
    });
  }

  /**
   * Fine-tunes a copy of the pack's shipped DKT on this household's answers (one oldest-first
   * list per learner) in the worker; the tuned copy serves the pack only if it predicts the
   * learners' held-out latest answers better than the shipped model. Store `weights` (when
   * present) per pack and pass them as `tuned` to `load` to keep them across visits. Answers
   * keep being served while it runs; `signal` cancels it (`{ cancelled: true }`, nothing changes).
   */
  personalize(
    packId: string,
    learners: readonly (readonly StoredAttempt[])[],
    options: Omit<PersonalizeRequest, 'packId' | 'learners'> & { onProgress?: (progress: TrainProgress) => void; signal?: AbortSignal } = {},
  ): Promise<PersonalizeResult | { readonly cancelled: true }> {
    const { onProgress, signal, ...tuning } = options;
    const { id, promise } = this.#send('personalize', { packId, learners, ...tuning }, onProgress);
    signal?.addEventListener('abort', () => void this.#request('cancel', { requestId: id }).catch(() => undefined), { once: true });
    return promise.then((result) => {
      const loadedWith = this.#loaded.get(packId);
      if (loadedWith && !('cancelled' in result)) {
        // After an idle shutdown the worker comes back with the model that serves now.
        const { tuned: _previous, ...rest } = loadedWith;
        this.#loaded.set(packId, result.weights ? { ...rest, tuned: { weights: result.weights, baseModelVersion: result.baseModelVersion } } : rest);
      }
      return result;
    });
  }

  /** Backend and live tensor count in the worker (for the benchmark and leak checks). */
  stats(): Promise<WorkerStats> {
    return this.#request('stats', {});
  }

  /** Ends the worker now; pending requests are rejected and loaded packs forgotten. */
  terminate(): void {
    this.#loaded.clear();
    this.#stop(new Error('The knowledge-tracing worker was shut down.'));
  }

  get running(): boolean {
    return this.#worker !== undefined;
  }

  #request<K extends KtOperation>(op: K, args: KtOperations[K]['request']): Promise<KtOperations[K]['result']> {
    return this.#send(op, args).promise;
  }

  #send<K extends KtOperation>(
    op: K,
    args: KtOperations[K]['request'],
    onProgress?: (progress: TrainProgress) => void,
  ): { id: number; promise: Promise<KtOperations[K]['result']> } {
    const worker = this.#ensureWorker();
    clearTimeout(this.#idleTimer);
    const id = this.#nextId++;
    const promise = new Promise<KtOperations[K]['result']>((resolve, reject) => {
      this.#pending.set(id, { op, resolve: resolve as (result: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage({ id, op, args } as KtRequestMessage);
    });
    return { id, promise };
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    let worker: Worker;
    try {
      worker = this.#createWorker();
    } catch (error) {
      throw new Error(`The knowledge-tracing worker could not start: ${(error as Error).message}`);
    }
    worker.addEventListener('message', (event: MessageEvent<KtResponseMessage>) => this.#receive(event.data));
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      this.#stop(new Error(`The knowledge-tracing worker failed: ${event.message || 'its script could not be loaded or threw'}`));
    });
    worker.addEventListener('messageerror', () => this.#stop(new Error('The knowledge-tracing worker sent a message that could not be read.')));
    this.#worker = worker;
    // After an idle shutdown, packs come back before anything else is asked of them (the
    // worker answers in order). A failed reload surfaces on the request that needed it.
    for (const options of this.#loaded.values()) {
      const id = this.#nextId++;
      this.#pending.set(id, { op: 'load', resolve: () => undefined, reject: () => undefined });
      worker.postMessage({ id, op: 'load', args: options } as KtRequestMessage);
    }
    return worker;
  }

  #receive(response: KtResponseMessage): void {
    const pending = this.#pending.get(response?.id);
    if (!pending) return;
    if ('progress' in response) {
      pending.onProgress?.(response.progress);
      return;
    }
    this.#pending.delete(response.id);
    if (response.ok) pending.resolve(response.result);
    else pending.reject(new Error(`Knowledge tracing (${pending.op}) failed: ${response.error}`));
    if (this.#pending.size === 0 && this.#idleMs > 0) {
      clearTimeout(this.#idleTimer);
      this.#idleTimer = setTimeout(() => this.#stop(undefined), this.#idleMs);
    }
  }

  #stop(reason: Error | undefined): void {
    clearTimeout(this.#idleTimer);
    this.#worker?.terminate();
    this.#worker = undefined;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const request of pending) request.reject(reason ?? new Error('The knowledge-tracing worker stopped.'));
  }
}
