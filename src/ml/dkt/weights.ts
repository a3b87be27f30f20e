import * as tf from '@tensorflow/tfjs-core';

/** The size of a DKT network; stored in model.json so the weights can be read back. */
export interface DktConfig {
  readonly numSkills: number;
  readonly hiddenUnits: number;
}

/**
 * A GRU over one-hot (skill, correct) inputs with one sigmoid output per skill.
 *
 * Gate order inside every [.., 3H] matrix is update (z), reset (r), candidate (h~). The output
 * kernel is stored transposed, one row per skill, so the loss can look up just the row of the
 * skill answered next.
 */
export interface DktWeights {
  /** [2S, 3H]: row `skill + correct * S` is that input's contribution to the three gates. */
  readonly inputKernel: tf.Variable;
  /** [H, 3H] */
  readonly recurrentKernel: tf.Variable;
  /** [3H] */
  readonly gateBias: tf.Variable;
  /** [S, H] */
  readonly outputKernel: tf.Variable;
  /** [S] */
  readonly outputBias: tf.Variable;
}

export const WEIGHT_NAMES = ['inputKernel', 'recurrentKernel', 'gateBias', 'outputKernel', 'outputBias'] as const;
export type WeightName = (typeof WEIGHT_NAMES)[number];

export function weightShapes({ numSkills: s, hiddenUnits: h }: DktConfig): Record<WeightName, number[]> {
  return {
    inputKernel: [2 * s, 3 * h],
    recurrentKernel: [h, 3 * h],
    gateBias: [3 * h],
    outputKernel: [s, h],
    outputBias: [s],
  };
}

/** Fresh weights: small Gaussians scaled by fan-in (1 for one-hot rows), zero biases. */
export function createDktWeights(config: DktConfig, seed = 1): DktWeights {
  const shapes = weightShapes(config);
  const h = config.hiddenUnits;
  return tf.tidy(() => ({
    inputKernel: tf.variable(tf.randomNormal(shapes.inputKernel, 0, 0.1, 'float32', seed)),
    recurrentKernel: tf.variable(tf.randomNormal(shapes.recurrentKernel, 0, 1 / Math.sqrt(h), 'float32', seed + 1)),
    gateBias: tf.variable(tf.zeros(shapes.gateBias)),
    outputKernel: tf.variable(tf.randomNormal(shapes.outputKernel, 0, 1 / Math.sqrt(h), 'float32', seed + 2)),
    outputBias: tf.variable(tf.zeros(shapes.outputBias)),
  }));
}

/** Wraps loaded tensors (e.g. from model.json) as weights, checking every shape. */
export function dktWeightsFrom(config: DktConfig, tensors: tf.NamedTensorMap): DktWeights {
  const shapes = weightShapes(config);
  const take = (name: WeightName): tf.Variable => {
    const tensor = tensors[name];
    if (!tensor) throw new Error(`The model file has no weight named "${name}".`);
    const expected = shapes[name];
    if (tensor.shape.join(',') !== expected.join(',')) {
      throw new Error(`Weight "${name}" has shape [${tensor.shape}], expected [${expected}] for this model size.`);
    }
    return tf.variable(tensor.dtype === 'float32' ? tensor : tf.cast(tensor, 'float32'));
  };
  return {
    inputKernel: take('inputKernel'),
    recurrentKernel: take('recurrentKernel'),
    gateBias: take('gateBias'),
    outputKernel: take('outputKernel'),
    outputBias: take('outputBias'),
  };
}

export function weightList(weights: DktWeights): tf.Variable[] {
  return WEIGHT_NAMES.map((name) => weights[name]);
}

export function disposeWeights(weights: DktWeights): void {
  for (const variable of weightList(weights)) variable.dispose();
}
