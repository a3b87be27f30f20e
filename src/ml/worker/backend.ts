import * as tf from '@tensorflow/tfjs-core';
// Each backend package registers itself with tfjs-core on import; nothing starts until setBackend.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import type { BackendName } from './protocol.ts';

/**
 * Fastest first, as measured in Chromium by bench:kt-browser (models/README.md, 2026-11-28,
 * fractions-3-6): cpu loaded the model in 41 ms with a 0.2 ms median step, wasm in 135 ms /
 * 0.3 ms, webgl in 637 ms / 4.3 ms. For a network this small per-op overhead dominates, and cpu
 * compiles no WebAssembly; wasm stays second for when cpu cannot start.
 */
export const DEFAULT_BACKENDS: readonly BackendName[] = ['cpu', 'wasm', 'webgl'];

/**
 * Points the wasm backend at its binaries. The worker entry that imports
 * @tensorflow/tfjs-backend-wasm supplies it; without one the wasm backend is skipped. (The
 * package is kept out of this module because its ESM build pulls in CommonJS files that only
 * a bundler can load, and the browser tests run unbundled.)
 */
export type WasmSetup = () => void;

/** A backend that has not started in this long is treated as unavailable rather than waited on. */
const BACKEND_START_TIMEOUT_MS = 10_000;

let wasmConfigured = false;
/** Backends that failed to start in this worker, with why: a backend that failed once is not retried. */
const failed = new Map<BackendName, string>();

export function configureWasm(setup: WasmSetup | undefined): void {
  if (setup === undefined) return;
  // The app is not cross-origin isolated, so there is no SharedArrayBuffer and the threaded
  // build could not start anyway; saying so up front stops tfjs from probing for it.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setup();
  wasmConfigured = true;
}

export interface BackendChoice {
  readonly backend: BackendName;
  /** Backends tried before it and why each was passed over. */
  readonly skipped: readonly string[];
}

/**
 * Switches tfjs to the first backend in `preference` that starts; one already running is kept
 * as it is, one that failed before is not retried. The backend is global to the worker: tfjs
 * moves the tensors of packs loaded earlier when it changes.
 */
export async function chooseBackend(preference: readonly BackendName[] = DEFAULT_BACKENDS): Promise<BackendChoice> {
  const skipped: string[] = [];
  for (const name of preference) {
    if (name === 'wasm' && !wasmConfigured) failed.set(name, 'not included in this build of the worker');
    const known = failed.get(name);
    if (known !== undefined) {
      skipped.push(`${name}: ${known}`);
      continue;
    }
    // tf.getBackend() would itself start the default backend, so ask the engine what is running.
    if (tf.engine().backendName === name) return { backend: name, skipped };
    const why = await tryBackend(name);
    if (why === null) return { backend: name, skipped };
    failed.set(name, why);
    skipped.push(`${name}: ${why}`);
  }
  throw new Error(`No TensorFlow.js backend could start (${skipped.join('; ')}).`);
}

/** null when the backend is running, else the reason it is not. */
async function tryBackend(name: BackendName): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`did not start within ${BACKEND_START_TIMEOUT_MS / 1000} s`), BACKEND_START_TIMEOUT_MS);
  });
  const started = (async () => {
    try {
      // setBackend reports a failed start as false (and logs it) rather than throwing.
      return (await tf.setBackend(name)) ? null : 'failed to start';
    } catch (error) {
      return (error as Error).message || 'failed to start';
    }
  })();
  try {
    return await Promise.race([started, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
