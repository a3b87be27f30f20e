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
  /** Backends to try, in order. Default: cpu, wasm, webgl (fastest first, as measured). */
  readonly backends?: readonly BackendName[];
  /** The model's files as stored by the app (a model trained in the browser), instead of fetching. */
  readonly files?: PackModelFiles;
  /**
   * The household's fine-tuned weights (see `personalize`), used instead of the model's own
   * weights when they were tuned from this very model; otherwise ignored, and the result says why.
   */
  readonly tuned?: TunedWeights;
}

export interface TunedWeights {
  /** float32 weights in the model's order, as `personalize` returned them. */
  readonly weights: ArrayBuffer;
  /** `modelVersion` of the model they were tuned from. */
  readonly baseModelVersion: string;
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
      /** Names the base model (pack, version, training date); tuned weights record it. */
      readonly modelVersion: string;
      /** True when the household's tuned weights are in use. */
      readonly personalized: boolean;
      /** Why tuned weights that were offered are not in use (the base model serves instead). */
      readonly tunedIgnored?: string;
      /** metadata.json's estimateLines: the highest estimate each skill can reach (mastery's line). */
      readonly estimateLines?: Readonly<Record<string, number>>;
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
   * Fine-tunes a copy of the pack's base (shipped) DKT on this household's answers (one attempt
   * list per learner, oldest first) and installs it only if it beats the base model on each
   * learner's held-out latest answers; otherwise the base model serves. Sends TrainProgress.
   */
  personalize: { request: PersonalizeRequest; result: PersonalizeResult | { readonly cancelled: true } };
  /** Stops a running `train` or `personalize` request after its current batch. */
  cancel: { request: { requestId: number }; result: { cancelled: boolean } };
}

export type KtOperation = keyof KtOperations;

export type KtRequestMessage = {
  [K in KtOperation]: { readonly id: number; readonly op: K; readonly args: KtOperations[K]['request'] };
}[KtOperation];

export interface PersonalizeRequest {
  readonly packId: string;
  readonly learners: readonly (readonly StoredAttempt[])[];
  /** Share of each learner's latest answers held out to judge the tuning (default 0.2). */
  readonly holdOutFraction?: number;
  readonly epochs?: number;
  readonly learningRate?: number;
}

export interface PersonalizeResult {
  /** Which model now serves the pack: the tuned copy, or the shipped (base) one. */
  readonly kept: 'personalized' | 'shipped';
  /** Held-out AUC of the shipped model and of the best tuned copy (NaN when there was nothing to judge). */
  readonly shippedAuc: number;
  readonly tunedAuc: number;
  readonly heldOutAnswers: number;
  readonly trainingAnswers: number;
  readonly epochsRun: number;
  /** Mean training loss of each epoch run (it should fall). */
  readonly losses: readonly number[];
  /** `modelVersion` of the base model that was tuned. */
  readonly baseModelVersion: string;
  /** The tuned weights to store per pack, present when kept is 'personalized'. */
  readonly weights?: ArrayBuffer;
}

/** The one final answer to a request. */
export type KtAnswerMessage = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

/** Not an answer yet: progress of a long request (train). */
export interface KtProgressMessage {
  readonly id: number;
  readonly progress: TrainProgress;
}

export type KtResponseMessage = KtAnswerMessage | KtProgressMessage;
