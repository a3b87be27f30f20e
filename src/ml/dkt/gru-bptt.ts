import * as tf from '@tensorflow/tfjs-core';
import { gruCell } from './gru.ts';

/**
 * The GRU over a whole time-major batch as ONE differentiable op with a hand-written
 * backward pass (backpropagation through time), used for training.
 *
 * Why not let tfjs differentiate the step loop: every per-step lookup into a shared weight
 * matrix gets its own dense gradient of that matrix's full size ([2S, 3H], 0.7M values on
 * STATICS) added up 100 times, and on wasm every slice copies its whole source tensor. Here the
 * input gradient is collected for all steps and scattered into the input kernel once, and
 * steps are read with gathers (a native wasm kernel). Forward values are computed by the same
 * `gruCell` as prediction and the app's step update; gru-bptt.test.ts checks the gradients
 * against tfjs' own autodiff of that cell.
 *
 * Inputs: inputKernel [2S, 3H], recurrentKernel [H, 3H], gateBias [3H], inputIndices [T * B]
 * (step t of lane b at t * B + b), initial state [B, H]. Output: all states [T * B, H].
 */
export const gruSequence = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [inputKernel, recurrentKernel, gateBias, inputIndices, initial, save] = args as [
    tf.Tensor2D,
    tf.Tensor2D,
    tf.Tensor1D,
    tf.Tensor1D,
    tf.Tensor2D,
    tf.GradSaveFunc,
  ];
  const [lanes, hidden] = initial.shape;
  const steps = inputIndices.size / lanes;
  const kernelShape = inputKernel.shape;
  const stepRows = (t: number) => tf.range(t * lanes, (t + 1) * lanes, 1, 'int32');

  const projected = tf.add(tf.gather(inputKernel, inputIndices), gateBias) as tf.Tensor2D;
  const states: tf.Tensor2D[] = [];
  let state = initial;
  for (let t = 0; t < steps; t++) {
    state = gruCell(recurrentKernel, tf.gather(projected, stepRows(t)), state);
    states.push(state);
  }
  const all = tf.concat(states, 0) as tf.Tensor2D;
  const previous = tf.concat([initial, ...states.slice(0, -1)], 0) as tf.Tensor2D;
  save([projected, previous, recurrentKernel, inputIndices]);

  const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]) => {
    const [savedProjected, savedPrevious, savedRecurrent, savedIndices] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor1D];
    const inputGrads: tf.Tensor2D[] = new Array(steps);
    const recurrentGrads: tf.Tensor2D[] = new Array(steps);
    let stateGrad = tf.zeros([lanes, hidden]) as tf.Tensor2D;
    for (let t = steps - 1; t >= 0; t--) {
      const [inputGrad, recurrentGrad, previousGrad] = tf.tidy(() => {
        const rows = stepRows(t);
        const p = tf.gather(savedProjected, rows);
        const hPrev = tf.gather(savedPrevious, rows) as tf.Tensor2D;
        const dh = tf.add(tf.gather(dy, rows), stateGrad);
        // Recompute the step's gates (as gruCell does) rather than storing them all.
        const [pz, pr, ph] = tf.split(p, 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
        const [az, ar, ah] = tf.split(tf.matMul(hPrev, savedRecurrent), 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
        const z = tf.sigmoid(tf.add(pz, az));
        const r = tf.sigmoid(tf.add(pr, ar));
        const c = tf.tanh(tf.add(ph, tf.mul(r, ah)));
        // h = c + z * (hPrev - c)
        const dzPre = tf.mul(tf.mul(dh, tf.sub(hPrev, c)), tf.mul(z, tf.sub(1, z)));
        const dcPre = tf.mul(tf.mul(dh, tf.sub(1, z)), tf.sub(1, tf.square(c)));
        const drPre = tf.mul(tf.mul(dcPre, ah), tf.mul(r, tf.sub(1, r)));
        const dInput = tf.concat([dzPre, drPre, dcPre], 1) as tf.Tensor2D;
        const dRecurrentOut = tf.concat([dzPre, drPre, tf.mul(dcPre, r)], 1) as tf.Tensor2D;
        const dPrevious = tf.add(tf.mul(dh, z), tf.matMul(dRecurrentOut, savedRecurrent, false, true)) as tf.Tensor2D;
        return [dInput, dRecurrentOut, dPrevious];
      });
      stateGrad.dispose();
      stateGrad = previousGrad!;
      inputGrads[t] = inputGrad!;
      recurrentGrads[t] = recurrentGrad!;
    }
    const dProjected = tf.concat(inputGrads, 0);
    const dRecurrentAll = tf.concat(recurrentGrads, 0);
    return [
      tf.scatterND(tf.expandDims(savedIndices, 1), dProjected, kernelShape),
      tf.matMul(savedPrevious, dRecurrentAll, true, false),
      tf.sum(dProjected, 0),
      tf.zerosLike(savedIndices),
      stateGrad,
    ];
  };
  return { value: all, gradFunc };
}) as (
  inputKernel: tf.Tensor,
  recurrentKernel: tf.Tensor,
  gateBias: tf.Tensor,
  inputIndices: tf.Tensor1D,
  initial: tf.Tensor2D,
) => tf.Tensor2D;
