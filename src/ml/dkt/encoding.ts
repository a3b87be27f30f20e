import type { Sequence } from '../datasets/sequence.ts';

/**
 * How learner histories become network inputs.
 *
 * Each response (skill, correct) is one of 2S one-hot inputs; instead of building the one-hot
 * vector we pass its position, `skill + correct * S`, and the network looks that row up.
 */
export function inputIndex(skill: number, correct: number, numSkills: number): number {
  return skill + (correct === 1 ? numSkills : 0);
}

/** A piece of one learner's history: responses [start, start + length) of `sequence`. */
export interface Window {
  readonly sequence: Sequence;
  readonly start: number;
  readonly length: number;
}

/**
 * Cuts sequences into windows of at most `windowLength` responses for training. Consecutive
 * windows overlap by one response so that every response after the first is the target of
 * exactly one training step (its predecessor's last step in the window before it).
 * Sequences shorter than two responses have no target and are skipped.
 */
export function cutWindows(sequences: readonly Sequence[], windowLength: number): Window[] {
  if (windowLength < 2) throw new Error(`window length must be at least 2, got ${windowLength}`);
  const windows: Window[] = [];
  for (const sequence of sequences) {
    const total = sequence.skills.length;
    for (let start = 0; start + 1 < total; start += windowLength - 1) {
      windows.push({ sequence, start, length: Math.min(windowLength, total - start) });
    }
  }
  return windows;
}

/**
 * A batch laid out time-major (step t of lane b at t * lanes + b), the order the GRU loop
 * consumes. Padding steps have mask 0; they come after a lane's real steps, so a recurrent
 * network never lets them influence a real prediction.
 */
export interface EncodedBatch {
  readonly lanes: number;
  readonly steps: number;
  /** Input row for step t: the response at t. */
  readonly inputs: Int32Array;
  /** The skill of the response at t itself (DKT+'s reconstruction target). */
  readonly currentSkills: Int32Array;
  /** Correctness of the response at t itself. */
  readonly currentCorrect: Float32Array;
  /** 1 where step t is a real response (not padding). */
  readonly present: Float32Array;
  /** The skill of the response at t + 1, whose correctness step t predicts. */
  readonly targetSkills: Int32Array;
  /** Correctness of the response at t + 1. */
  readonly targetCorrect: Float32Array;
  /** 1 where step t has a real next response to predict. */
  readonly mask: Float32Array;
}

export function encodeBatch(windows: readonly Window[], numSkills: number, steps?: number): EncodedBatch {
  const lanes = windows.length;
  const length = steps ?? Math.max(...windows.map((window) => window.length));
  const size = lanes * length;
  const inputs = new Int32Array(size);
  const targetSkills = new Int32Array(size);
  const targetCorrect = new Float32Array(size);
  const mask = new Float32Array(size);
  const currentSkills = new Int32Array(size);
  const currentCorrect = new Float32Array(size);
  const present = new Float32Array(size);
  windows.forEach((window, lane) => {
    const { skills, correct } = window.sequence;
    for (let t = 0; t < Math.min(window.length, length); t++) {
      const at = t * lanes + lane;
      const response = window.start + t;
      inputs[at] = inputIndex(skills[response]!, correct[response]!, numSkills);
      currentSkills[at] = skills[response]!;
      currentCorrect[at] = correct[response]!;
      present[at] = 1;
      if (t + 1 < window.length) {
        targetSkills[at] = skills[response + 1]!;
        targetCorrect[at] = correct[response + 1]!;
        mask[at] = 1;
      }
    }
  });
  return { lanes, steps: length, inputs, currentSkills, currentCorrect, present, targetSkills, targetCorrect, mask };
}

/** Groups items into batches of at most `size`, in the given order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
