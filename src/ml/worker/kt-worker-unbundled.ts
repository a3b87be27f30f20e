/**
 * The same worker for unbundled dev servers (the browser tests under @web/test-runner), which
 * cannot load the wasm backend's CommonJS glue: it serves cpu and webgl only. Not part of the
 * app build; the wasm backend is measured in the bundled worker by bench/kt-browser.ts.
 */
import { serveKtRequests, type WorkerScope } from './serve.ts';

serveKtRequests(self as unknown as WorkerScope, undefined);
