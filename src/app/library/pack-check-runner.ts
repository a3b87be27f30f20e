/**
 * Runs the pack check in a worker with a time limit. The page stays responsive whatever the pack
 * holds; a check that crashes the worker, or runs past the limit, ends as a refusal with a
 * message (the worker is terminated), never as a screen stuck on "Checking the pack…".
 */
import type { PreparedPack } from '../../content/index.ts';
import type { PackCheckReply, PackCheckRequest } from './pack-check-worker.ts';

/** Far above the 2 s any pack within the limits needs here, for a slow Chromebook busy with other tabs. */
export const PACK_CHECK_TIMEOUT_MS = 30_000;

const refusal = (message: string, hint: string): PreparedPack => ({ ok: false, problems: [{ severity: 'error', path: '$', message, hint }] });

export function startPackCheckWorker(): Worker {
  return new Worker(new URL('./pack-check-worker.ts', import.meta.url), { type: 'module', name: 'wayfind-pack-check' });
}

export interface RunOptions {
  createWorker?: () => Worker;
  timeoutMs?: number;
}

/** The prepared pack (or its problems), checked off the page's thread; without workers, on it. */
export async function checkPackOffThread(text: string, options: RunOptions = {}): Promise<PreparedPack> {
  let worker: Worker;
  try {
    worker = (options.createWorker ?? startPackCheckWorker)();
  } catch {
    const { preparePackText } = await import('./pack-check-worker.ts');
    return preparePackText(text);
  }
  return new Promise<PreparedPack>((resolve) => {
    const finish = (result: PreparedPack) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish(refusal(
      `Checking the pack took longer than ${Math.round((options.timeoutMs ?? PACK_CHECK_TIMEOUT_MS) / 1000)} seconds, so it was stopped. Nothing was installed.`,
      'The pack is too large or too complex for this device: ask its author to split it.',
    )), options.timeoutMs ?? PACK_CHECK_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<PackCheckReply>) => finish(event.data.result);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(refusal(`The pack could not be checked (${event.message || 'the checker stopped'}). Nothing was installed.`, 'Try again; if it happens again, the pack is probably damaged.'));
    };
    const request: PackCheckRequest = { id: 1, text };
    worker.postMessage(request);
  });
}
