/**
 * The knowledge-tracing worker: the only place TensorFlow.js runs in the app. Started by
 * src/ml/bridge.ts as a module worker; Vite bundles it (and tfjs) into a lazy chunk.
 *
 * The wasm binaries are imported with `?url` so Vite emits them next to the app (and the
 * service worker precaches them): the CSP allows no remote loads and the app must work offline.
 * The threaded build is never fetched: it needs cross-origin isolation, which the app does not
 * have (backend.ts switches it off), so its entry points at the SIMD file only to satisfy tfjs,
 * which wants all three names mapped.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { serveKtRequests, type WorkerScope } from './serve.ts';

serveKtRequests(self as unknown as WorkerScope, () =>
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmSimdUrl,
  }),
);
