import * as tf from '@tensorflow/tfjs-core';

/**
 * `tf.gather(table, rows)` with a gradient the wasm backend can run.
 *
 * A one-hot input times a weight matrix is a row lookup, so the DKT looks rows up instead of
 * multiplying a mostly-zero [steps, 2S] matrix (10x less work on STATICS' 1,223 skills). The
 * stock gather gradient uses UnsortedSegmentSum, which tfjs-backend-wasm lacks; ScatterNd sums
 * duplicate rows the same way and exists on every backend.
 */
export const gatherRows = tf.customGrad((...inputs: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [table, rows, save] = inputs as [tf.Tensor, tf.Tensor1D, tf.GradSaveFunc];
  // The row indices are often made inside a tidy that ends before backprop, so keep them.
  save([rows]);
  const shape = table.shape;
  return {
    value: tf.gather(table, rows),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const kept = saved[0] as tf.Tensor1D;
      return [tf.scatterND(tf.expandDims(kept, 1), dy, shape), tf.zerosLike(kept)];
    },
  };
}) as (table: tf.Tensor, rows: tf.Tensor1D) => tf.Tensor;
