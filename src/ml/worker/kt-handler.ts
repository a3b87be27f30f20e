import type { DktModel } from '../dkt/model.ts';
import { packModelVersion, type PackModelMetadata } from '../dkt/pack-metadata.ts';
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
  /**
   * The shipped (base) model of each pack whose engine runs tuned weights: personalization always
   * starts from it and is judged against it, and it serves again when tuning does not pay.
   */
  readonly #shipped = new Map<string, DktModel>();
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
    const bypass = message?.op === 'train' || message?.op === 'cancel' || message?.op === 'personalize';
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
        return this.#personalize(message.id, message.args, onProgress);
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
    const { engine, result, shipped } = await loadPackModel(args, this.#fetchFile, this.#wasmSetup);
    // A reload replaces the pack's engine; the old one's weights are freed.
    this.#install(args.packId, engine, shipped);
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
      const install = this.#queue.then(() => this.#install(args.packId, new runtime.DktEngine(model, skillIds, result.files.metadata as PackModelMetadata)));
      this.#queue = install.catch(() => undefined);
      await install;
      return result;
    } finally {
      this.#training.delete(id);
    }
  }

  /**
   * Runs beside the queue like `train`, so answers keep flowing while it learns: it tunes its own
   * copy of the base model, taken (through the queue) before the first await, and installs the
   * winner through the queue.
   */
  async #personalize(
    id: number,
    args: KtOperations['personalize']['request'],
    onProgress: (progress: TrainProgress) => void,
  ): Promise<KtOperations['personalize']['result']> {
    const runtime = await loadDktRuntime(this.#wasmSetup);
    const learners: readonly (readonly StoredAttempt[])[] = args?.learners;
    if (!Array.isArray(learners) || !learners.every((attempts) => Array.isArray(attempts))) throw new Error('learners must be an array of attempt lists');
    const taken = this.#queue.then(() => {
      const engine = this.#engine(args.packId);
      if (!(engine instanceof runtime.DktEngine)) throw new Error(`pack "${args.packId}" runs on BKT; only the DKT can be personalized`);
      // Checked like any other attempts, so a bad index fails with the usual message.
      for (const attempts of learners) engine.checkAttempts(attempts);
      return { base: runtime.cloneDktModel(this.#shipped.get(args.packId) ?? engine.model), skillIds: engine.skillIds, metadata: engine.metadata };
    });
    this.#queue = taken.catch(() => undefined);
    const { base, skillIds, metadata } = await taken;
    const run = { stop: false };
    this.#training.set(id, run);
    try {
      await registerGradients();
      const { personalizeDkt } = await import('../dkt/personalize.ts');
      const sequences = learners.map((attempts) => ({
        skills: Int32Array.from(attempts, (a) => a.skillIndex),
        correct: Uint8Array.from(attempts, (a) => (a.correct ? 1 : 0)),
      }));
      const outcome = await personalizeDkt(base, sequences, {
        ...(args.holdOutFraction !== undefined ? { holdOutFraction: args.holdOutFraction } : {}),
        ...(args.epochs !== undefined ? { epochs: args.epochs } : {}),
        ...(args.learningRate !== undefined ? { learningRate: args.learningRate } : {}),
        shouldStop: () => run.stop,
        onEpoch: (p) => onProgress({ epoch: p.epoch, epochs: p.epochs, loss: p.loss, validationAuc: p.heldOutAuc }),
      });
      if (outcome.stopped) return { cancelled: true };
      const figures = {
        shippedAuc: outcome.shippedAuc,
        tunedAuc: outcome.tunedAuc,
        heldOutAnswers: outcome.heldOutAnswers,
        trainingAnswers: outcome.trainingAnswers,
        epochsRun: outcome.epochsRun,
        losses: outcome.losses,
        baseModelVersion: packModelVersion(metadata),
      };
      const winner = outcome.tuned;
      // The served engine and the kept base change in one queued step, between two answers.
      const install = this.#queue.then(() => {
        const engine = this.#engines.get(args.packId);
        const shipped = this.#shipped.get(args.packId) ?? (engine instanceof runtime.DktEngine ? engine.model : undefined);
        if (!shipped) throw new Error(`pack "${args.packId}" was unloaded while it was being personalized`);
        if (winner) this.#install(args.packId, new runtime.DktEngine(winner, skillIds, metadata), shipped);
        else if (this.#shipped.has(args.packId)) this.#install(args.packId, new runtime.DktEngine(shipped, skillIds, metadata));
      });
      this.#queue = install.catch(() => undefined);
      try {
        await install;
      } catch (error) {
        winner?.dispose();
        throw error;
      }
      if (!winner) return { kept: 'shipped', ...figures };
      const { weightData } = await runtime.encodeDktModel(winner);
      return { kept: 'personalized', ...figures, weights: weightData };
    } finally {
      this.#training.delete(id);
      base.dispose();
    }
  }

  /**
   * Puts an engine in place for a pack (with the shipped model behind it when the engine runs
   * tuned weights), freeing whichever models no longer serve.
   */
  #install(packId: string, engine: KtEngine, shipped?: DktModel): void {
    const kept = new Set<unknown>([(engine as { model?: DktModel }).model, shipped]);
    const previous = this.#engines.get(packId);
    const previousShipped = this.#shipped.get(packId);
    if (previous && !kept.has((previous as { model?: DktModel }).model)) previous.dispose();
    if (previousShipped && !kept.has(previousShipped)) previousShipped.dispose();
    this.#engines.set(packId, engine);
    if (shipped) this.#shipped.set(packId, shipped);
    else this.#shipped.delete(packId);
  }

  #dispose(packId: string | undefined): KtOperations['dispose']['result'] {
    const packs = packId === undefined ? [...this.#engines.keys()] : this.#engines.has(packId) ? [packId] : [];
    for (const id of packs) {
      this.#engines.get(id)!.dispose();
      this.#engines.delete(id);
      this.#shipped.get(id)?.dispose();
      this.#shipped.delete(id);
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
