import type { PackModelMetadata } from '../dkt/pack-metadata.ts';
import type { WasmSetup } from './backend.ts';
import type { KtEngine } from './engines.ts';
import { loadDktRuntime, loadPackModel, loadedDktRuntime, type FetchFile } from './load-pack-model.ts';
import type { KtAnswerMessage, KtOperations, KtRequestMessage, LearnerState, StoredAttempt, TrainProgress } from './protocol.ts';

/**
 * The worker's side of the protocol, free of worker globals so a browser test can drive it
 * directly. One engine per loaded pack; requests run one at a time in arrival order, so a step
 * never sees a pack half-way through a reload.
 */
export class KtRequestHandler {
  readonly #engines = new Map<string, KtEngine>();
  readonly #fetchFile: FetchFile;
  readonly #wasmSetup: WasmSetup | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  /** Running `train` requests by request id, with their stop flags. */
  readonly #training = new Map<number, { stop: boolean }>();

  constructor(options: { fetchFile?: FetchFile; wasmSetup?: WasmSetup } = {}) {
    this.#fetchFile = options.fetchFile ?? ((url) => fetch(url, { credentials: 'same-origin' }));
    this.#wasmSetup = options.wasmSetup;
  }

  /**
   * Answers one message; never throws (an error becomes an `ok: false` response). Training and
   * cancelling skip the queue: a training run yields between batches so steps keep flowing, and
   * a cancel must not wait behind the training it cancels.
   */
  handle(message: KtRequestMessage, onProgress: (progress: TrainProgress) => void = () => undefined): Promise<KtAnswerMessage> {
    const bypass = message?.op === 'train' || message?.op === 'cancel';
    const run = bypass ? this.#run(message, onProgress) : this.#queue.then(() => this.#run(message, onProgress));
    if (!bypass) this.#queue = run.catch(() => undefined);
    return run.then(
      (result): KtAnswerMessage => ({ id: message.id, ok: true, result }),
      (error: unknown): KtAnswerMessage => ({ id: message?.id ?? -1, ok: false, error: (error as Error)?.message ?? String(error) }),
    );
  }

  async #run(message: KtRequestMessage, onProgress: (progress: TrainProgress) => void): Promise<unknown> {
    if (!message || typeof message !== 'object' || typeof message.id !== 'number') throw new Error('malformed request');
    switch (message.op) {
      case 'load':
        return this.#load(message.args);
      case 'rebuild': {
        const { packId, attempts } = message.args;
        if (!Array.isArray(attempts)) throw new Error('attempts must be an array of {skillIndex, correct}');
        return this.#engine(packId).rebuild(attempts);
      }
      case 'step': {
        const { packId, state, skillIndex, correct } = message.args;
        return this.#engine(packId).step(state as LearnerState, skillIndex, correct);
      }
      case 'predict':
        return { predictions: this.#engine(message.args.packId).predict(message.args.state) };
      case 'dispose':
        return this.#dispose(message.args.packId);
      case 'stats': {
        const runtime = loadedDktRuntime();
        const memory = runtime ? (await runtime).tensorMemory() : { backend: null, numTensors: 0, numBytes: 0 };
        return { ...memory, packs: [...this.#engines.keys()] };
      }
      case 'train':
        return this.#train(message.id, message.args, onProgress);
      case 'personalize':
        return this.#personalize(message.args);
      case 'cancel': {
        const run = this.#training.get(message.args.requestId);
        if (run) run.stop = true;
        return { cancelled: run !== undefined };
      }
      default:
        throw new Error(`unknown operation "${String((message as { op?: unknown }).op)}"`);
    }
  }

  async #load(args: KtOperations['load']['request']): Promise<KtOperations['load']['result']> {
    const { engine, result } = await loadPackModel(args, this.#fetchFile, this.#wasmSetup);
    // A reload replaces the pack's engine; the old one's weights are freed.
    this.#engines.get(args.packId)?.dispose();
    this.#engines.set(args.packId, engine);
    return result;
  }

  async #train(id: number, args: KtOperations['train']['request'], onProgress: (progress: TrainProgress) => void): Promise<KtOperations['train']['result']> {
    const run = { stop: false };
    this.#training.set(id, run);
    try {
      const runtime = await loadDktRuntime(this.#wasmSetup);
      await runtime.chooseBackend();
      await registerGradients();
      const { trainPackModel } = await import('./train-pack.ts');
      const outcome = await trainPackModel(args, onProgress, () => run.stop);
      if ('cancelled' in outcome) return outcome;
      const { model, result } = outcome;
      const skillIds = (result.files.metadata as { skillIds: string[] }).skillIds;
      // Installed through the queue, so no step sees the pack half-way through the swap.
      const install = this.#queue.then(() => {
        this.#engines.get(args.packId)?.dispose();
        this.#engines.set(args.packId, new runtime.DktEngine(model, skillIds, result.files.metadata as PackModelMetadata));
      });
      this.#queue = install.catch(() => undefined);
      await install;
      return result;
    } finally {
      this.#training.delete(id);
    }
  }

  async #personalize(args: KtOperations['personalize']['request']): Promise<KtOperations['personalize']['result']> {
    const runtime = await loadDktRuntime(this.#wasmSetup);
    const engine = this.#engine(args.packId);
    if (!(engine instanceof runtime.DktEngine)) throw new Error(`pack "${args.packId}" runs on BKT; only the DKT can be personalized`);
    const learners: readonly (readonly StoredAttempt[])[] = args.learners;
    if (!Array.isArray(learners) || !learners.every((attempts) => Array.isArray(attempts))) throw new Error('learners must be an array of attempt lists');
    // Checked like any other attempts, so a bad index fails with the usual message.
    for (const attempts of learners) engine.checkAttempts(attempts);
    await registerGradients();
    const { personalizeDkt } = await import('../dkt/personalize.ts');
    const sequences = learners.map((attempts) => ({
      skills: Int32Array.from(attempts, (a) => a.skillIndex),
      correct: Uint8Array.from(attempts, (a) => (a.correct ? 1 : 0)),
    }));
    const outcome = await personalizeDkt(engine.model, sequences, {
      ...(args.holdOutFraction !== undefined ? { holdOutFraction: args.holdOutFraction } : {}),
      ...(args.epochs !== undefined ? { epochs: args.epochs } : {}),
    });
    const figures = { beforeAuc: outcome.shippedAuc, afterAuc: outcome.tunedAuc, heldOutAnswers: outcome.heldOutAnswers, epochsRun: outcome.epochsRun };
    if (!outcome.tuned) return { kept: 'current', ...figures };
    const { modelJson, weightData } = await runtime.encodeDktModel(outcome.tuned);
    engine.dispose();
    this.#engines.set(args.packId, new runtime.DktEngine(outcome.tuned, engine.skillIds, engine.metadata));
    // The pack's metadata travels on, with a note of the tuning, so `load({files})` accepts it.
    const metadata = { ...engine.metadata, personalized: { ...figures, at: new Date().toISOString() } };
    return { kept: 'personalized', ...figures, files: { modelJson, weights: weightData, metadata } };
  }

  #dispose(packId: string | undefined): KtOperations['dispose']['result'] {
    const packs = packId === undefined ? [...this.#engines.keys()] : this.#engines.has(packId) ? [packId] : [];
    for (const id of packs) {
      this.#engines.get(id)!.dispose();
      this.#engines.delete(id);
    }
    return { disposed: packs };
  }

  #engine(packId: string): KtEngine {
    const engine = this.#engines.get(packId);
    if (!engine) throw new Error(`pack "${String(packId)}" is not loaded: load it first`);
    return engine;
  }
}

/** See gradients.ts; a failure here surfaces as tfjs' own "no gradient" error when training. */
async function registerGradients(): Promise<void> {
  await import('./gradients.ts').catch(() => undefined);
}

/** Float32Arrays in a result, so the worker can transfer them instead of copying. */
export function transferablesOf(result: unknown): Transferable[] {
  const found: Transferable[] = [];
  const visit = (value: unknown): void => {
    if (value instanceof Float32Array) found.push(value.buffer as ArrayBuffer);
    else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) Object.values(value).forEach(visit);
  };
  visit(result);
  return [...new Set(found)];
}
