import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Node runs the DKT on tfjs' wasm backend (about 3x faster than the pure-JS cpu backend here;
 * tfjs-node cannot be installed). The choice lives here, not in src/ml, so the browser worker
 * can pick its own backend. In Node the .wasm binaries must be located explicitly.
 */
export async function useWasmBackend(): Promise<string> {
  const require = createRequire(import.meta.url);
  // The package's Node entry point sits in dist/, next to the .wasm files.
  const distDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  setWasmPaths(distDir + path.sep);
  if (!(await tf.setBackend('wasm'))) throw new Error('The tfjs wasm backend failed to start.');
  await tf.ready();
  return tf.getBackend();
}
