import type { WasmSetup } from './backend.ts';
import { KtRequestHandler, transferablesOf } from './kt-handler.ts';
import type { KtRequestMessage } from './protocol.ts';

/** The parts of a dedicated worker's global scope the server uses. */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<KtRequestMessage>) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/**
 * Answers the bridge's requests on a worker scope. Results are transferred, not copied: the
 * worker keeps no reference to the arrays it sends.
 */
export function serveKtRequests(scope: WorkerScope, wasmSetup: WasmSetup | undefined): KtRequestHandler {
  const handler = new KtRequestHandler({ wasmSetup });
  scope.addEventListener('message', (event) => {
    const id = event.data?.id;
    const sendProgress = (progress: unknown): void => scope.postMessage({ id, progress }, []);
    void handler.handle(event.data, sendProgress).then((response) => {
      scope.postMessage(response, response.ok ? transferablesOf(response.result) : []);
    });
  });
  return handler;
}
