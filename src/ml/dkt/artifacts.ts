import * as tf from '@tensorflow/tfjs-core';
import { DktModel } from './model.ts';
import { WEIGHT_NAMES, dktWeightsFrom, type DktConfig } from './weights.ts';

/**
 * The files a trained DKT travels as, readable by the Node CLIs and the browser alike:
 * model.json (size + tfjs weights manifest), one binary weights file, and metadata.json
 * (skill index and training record; see DktMetadata).
 */
export const MODEL_FORMAT = 'wayfind-dkt';
export const WEIGHTS_FILE = 'weights.bin';

export interface DktModelJson {
  readonly format: typeof MODEL_FORMAT;
  readonly formatVersion: 1;
  readonly modelTopology: { readonly cell: 'gru' } & DktConfig;
  readonly weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

/** What travels with the weights so predictions can be mapped back to the content's skills. */
export interface DktMetadata {
  /** Source skill ids in the model's dense order. */
  readonly skillIds: readonly number[];
  readonly hyperparameters: Readonly<Record<string, number | string>>;
  /** sha256 of the training data, to tell which data a model came from. */
  readonly dataHash: string;
  /** Where the training data came from (a path relative to the repo for the benchmark files). */
  readonly trainingData: { readonly file: string; readonly rows: string | null; readonly format: string };
  readonly metrics: Readonly<Record<string, number | string | null>>;
  readonly createdAt: string;
}

export async function encodeDktModel(model: DktModel): Promise<{ modelJson: DktModelJson; weightData: ArrayBuffer }> {
  const tensors = WEIGHT_NAMES.map((name) => ({ name, tensor: model.weights[name] as tf.Tensor }));
  const { data, specs } = await tf.io.encodeWeights(tensors);
  return {
    modelJson: {
      format: MODEL_FORMAT,
      formatVersion: 1,
      modelTopology: { cell: 'gru', ...model.config },
      weightsManifest: [{ paths: [WEIGHTS_FILE], weights: specs }],
    },
    weightData: data,
  };
}

/** Rebuilds a model, with a specific message for each way a model file can be wrong. */
export function decodeDktModel(modelJson: unknown, weightData: ArrayBuffer): DktModel {
  const json = modelJson as Partial<DktModelJson> | null;
  if (!json || typeof json !== 'object' || json.format !== MODEL_FORMAT) {
    throw new Error(`model.json is not a ${MODEL_FORMAT} model (format: ${String(json?.format)}).`);
  }
  if (json.formatVersion !== 1) throw new Error(`model.json has format version ${String(json.formatVersion)}; this code reads version 1.`);
  const topology = json.modelTopology;
  if (!topology || topology.cell !== 'gru') throw new Error('model.json does not describe a GRU model.');
  const specs = json.weightsManifest?.flatMap((group) => group.weights) ?? [];
  const expectedBytes = specs.reduce((sum, spec) => sum + 4 * spec.shape.reduce((a, b) => a * b, 1), 0);
  if (weightData.byteLength !== expectedBytes) {
    throw new Error(`The weights file has ${weightData.byteLength} bytes; model.json describes ${expectedBytes}.`);
  }
  const config: DktConfig = { numSkills: topology.numSkills, hiddenUnits: topology.hiddenUnits };
  const tensors = tf.io.decodeWeights(weightData, specs);
  try {
    return new DktModel(config, dktWeightsFrom(config, tensors));
  } finally {
    Object.values(tensors).forEach((tensor) => tensor.dispose());
  }
}
