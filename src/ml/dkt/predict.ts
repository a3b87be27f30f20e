import * as tf from '@tensorflow/tfjs-core';
import type { Sequence } from '../datasets/sequence.ts';
import { chunk, cutWindows, encodeBatch, type Window } from './encoding.ts';
import { logitsForSkills, perStepTensors, runGru } from './gru.ts';
import type { DktModel } from './model.ts';

export interface DktPredictOptions {
  /** Learners run side by side. */
  readonly batchSize?: number;
  /** Steps run per call before the state is carried over, bounding memory on long histories. */
  readonly chunkSteps?: number;
  /**
   * Start from a fresh state every this many responses, as in training windows. Default: never,
   * which is what the app does (one state carried over the learner's whole history).
   */
  readonly resetEvery?: number;
}

/**
 * P(correct) for every response after each learner's first, in next-response.ts order.
 */
export function predictDktSequences(model: DktModel, sequences: readonly Sequence[], options: DktPredictOptions = {}): Float32Array {
  const batchSize = options.batchSize ?? 64;
  const chunkSteps = options.chunkSteps ?? 200;
  const offsets = new Map<Sequence, number>();
  let total = 0;
  for (const sequence of sequences) {
    offsets.set(sequence, total);
    total += Math.max(0, sequence.skills.length - 1);
  }
  const out = new Float32Array(total);
  const windows = options.resetEvery
    ? cutWindows(sequences, options.resetEvery)
    : sequences.filter((s) => s.skills.length > 1).map((sequence) => ({ sequence, start: 0, length: sequence.skills.length }));
  // Similar lengths side by side waste the least padding.
  const ordered = [...windows].sort((a, b) => b.length - a.length);
  for (const batch of chunk(ordered, batchSize)) predictBatch(model, batch, chunkSteps, offsets, out);
  return out;
}

function predictBatch(model: DktModel, windows: Window[], chunkSteps: number, offsets: Map<Sequence, number>, out: Float32Array): void {
  const longest = windows[0]!.length;
  const lanes = windows.length;
  let state = tf.zeros([lanes, model.config.hiddenUnits]) as tf.Tensor2D;
  for (let from = 0; from < longest; from += chunkSteps) {
    const steps = Math.min(chunkSteps, longest - from);
    // Each piece covers steps [from, from + steps) and predicts the response after each of them.
    const pieces = windows.map((w) => {
      const start = Math.min(w.start + from, w.start + w.length);
      return { sequence: w.sequence, start, length: Math.max(0, Math.min(steps + 1, w.start + w.length - start)) };
    });
    const batch = encodeBatch(pieces, model.config.numSkills, steps);
    const [next, probabilities] = tf.tidy(() => {
      const { states, last } = runGru(model.weights, perStepTensors(batch.inputs, steps), state);
      const targets = perStepTensors(batch.targetSkills, steps);
      const logits = tf.concat(states.map((stepState, t) => logitsForSkills(model.weights, stepState, targets[t]!)));
      return [last, tf.sigmoid(logits)];
    });
    state.dispose();
    state = next as tf.Tensor2D;
    const values = probabilities!.dataSync();
    probabilities!.dispose();
    pieces.forEach((piece, lane) => {
      const base = offsets.get(piece.sequence)! + piece.start;
      for (let t = 0; t < steps; t++) {
        if (batch.mask[t * lanes + lane] === 1) out[base + t] = values[t * lanes + lane]!;
      }
    });
  }
  state.dispose();
}
