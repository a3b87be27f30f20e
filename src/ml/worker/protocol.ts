/**
 * The messages between the app (src/ml/bridge.ts) and the knowledge-tracing worker. Arrays in,
 * arrays out: the worker knows nothing of Dexie or the DOM, and the app nothing of tensors.
 *
 * A learner's state is opaque to the app: it stores `LearnerState` as it is and hands it back
 * on the next step. Its `engine` says which model made it, so a state from the DKT is never fed
 * to the BKT fallback (or the other way round) after a reload.
 */

export type BackendName = 'wasm' | 'webgl' | 'cpu';
export type EngineName = 'dkt' | 'bkt';

/** One stored answer, with the skill as its index in the loaded model's `skillIds`. */
export interface StoredAttempt {
  readonly skillIndex: number;
  readonly correct: boolean;
}

export interface LearnerState {
  readonly engine: EngineName;
  readonly values: Float32Array;
}

export interface KtPrediction {
  readonly state: LearnerState;
  /** P(correct) on the next attempt, per skill index. */
  readonly predictions: Float32Array;
}

export interface LoadPackOptions {
  readonly packId: string;
  /** The pack's skill ids as the app knows them; used for the BKT fallback and to check the model. */
  readonly skillIds: readonly string[];
  /** Where pack models are served; `${modelBaseUrl}${packId}/model.json`. Default `/models/`. */
  readonly modelBaseUrl?: string;
  /** Backends to try, in order. Default: wasm, webgl, cpu. */
  readonly backends?: readonly BackendName[];
  /** The model's files as stored by the app (a model trained in the browser), instead of fetching. */
  readonly files?: PackModelFiles;
}

/** A model's three files in memory: what `train` returns and what the app stores in IndexedDB. */
export interface PackModelFiles {
  readonly modelJson: unknown;
  readonly weights: ArrayBuffer;
  readonly metadata: unknown;
}

export interface TrainPackRequest {
  readonly packId: string;
  readonly packVersion?: string;
  /** The pack's skill graph. */
  readonly skills: readonly { readonly id: string; readonly prerequisites: readonly string[] }[];
  /** Simulated training learners (default 300), sessions each (default 12), epochs (default 8). */
  readonly learners?: number;
  readonly sessions?: number;
  readonly epochs?: number;
  readonly hiddenUnits?: number;
}

export interface TrainProgress {
  readonly epoch: number;
  readonly epochs: number;
  /** Present on batch updates. */
  readonly batch?: number;
  readonly batches?: number;
  readonly loss: number;
  /** Present at the end of each epoch. */
  readonly validationAuc?: number | null;
  readonly remainingMs?: number;
}

export type TrainPackResult = {
  /** To store (IndexedDB) and pass back as `files` to `load` on later visits. */
  readonly files: PackModelFiles;
  /** Held-out AUC on other simulated learners, DKT and BKT. */
  readonly metrics: { readonly dktAuc: number; readonly bktAuc: number; readonly testPredictions: number };
};

export type LoadResult =
  | {
      readonly engine: 'dkt';
      readonly backend: BackendName;
      /** Skill ids in the model's dense order: prediction i is about skillIds[i]. */
      readonly skillIds: readonly string[];
      readonly loadMs: number;
    }
  | {
      readonly engine: 'bkt';
      /** Why the DKT is not in use, in words the app can show. */
      readonly reason: string;
      readonly skillIds: readonly string[];
      /** Fitted parameters from the model's metadata.json, or textbook defaults. */
      readonly parameters: 'fitted' | 'default';
      readonly loadMs: number;
    };

export interface WorkerStats {
  readonly backend: string | null;
  readonly numTensors: number;
  readonly numBytes: number;
  readonly packs: readonly string[];
}

/** Every request and the result it resolves to. */
export interface KtOperations {
  load: { request: LoadPackOptions; result: LoadResult };
  rebuild: { request: { packId: string; attempts: readonly StoredAttempt[] }; result: KtPrediction };
  step: { request: { packId: string; state: LearnerState; skillIndex: number; correct: boolean }; result: KtPrediction };
  predict: { request: { packId: string; state: LearnerState }; result: { predictions: Float32Array } };
  /** Without a packId, disposes every pack. */
  dispose: { request: { packId?: string }; result: { disposed: readonly string[] } };
  stats: { request: Record<string, never>; result: WorkerStats };
  /** Trains and installs a model for an imported pack; sends TrainProgress while it runs. */
  train: { request: TrainPackRequest; result: TrainPackResult | { readonly cancelled: true } };
  /**
   * Fine-tunes the pack's loaded DKT on this household's answers (one attempt list per learner,
   * oldest first) and installs the result only if it beats the current model on each learner's
   * held-out latest answers. `files` is present when it was installed (store it per pack).
   */
  personalize: { request: { packId: string; learners: readonly (readonly StoredAttempt[])[]; holdOutFraction?: number; epochs?: number }; result: PersonalizeResult };
  /** Stops a running `train` request after its current batch. */
  cancel: { request: { requestId: number }; result: { cancelled: boolean } };
}

export type KtOperation = keyof KtOperations;

export type KtRequestMessage = {
  [K in KtOperation]: { readonly id: number; readonly op: K; readonly args: KtOperations[K]['request'] };
}[KtOperation];

export interface PersonalizeResult {
  readonly kept: 'personalized' | 'current';
  /** Held-out AUC of the model in use before, and of the tuned copy (NaN when there was nothing to judge). */
  readonly beforeAuc: number;
  readonly afterAuc: number;
  readonly heldOutAnswers: number;
  readonly epochsRun: number;
  readonly files?: PackModelFiles;
}

/** The one final answer to a request. */
export type KtAnswerMessage = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

/** Not an answer yet: progress of a long request (train). */
export interface KtProgressMessage {
  readonly id: number;
  readonly progress: TrainProgress;
}

export type KtResponseMessage = KtAnswerMessage | KtProgressMessage;
