/**
 * The pack checker's own thread: parsing, the schema, the safety lint, generators and formulas
 * run here, so even a pack that takes seconds to check never freezes the page, and the page can
 * give up on it (pack-check-runner.ts). Answers one message per request: the prepared pack or its
 * problems, or one problem saying the check itself failed.
 */
import { preparePackForInstall, type PreparedPack } from '../../content/index.ts';

export interface PackCheckRequest { id: number; text: string }
export interface PackCheckReply { id: number; result: PreparedPack }

/** Parses and checks a pack's text; never throws (a crash inside becomes a problem). */
export function preparePackText(text: string): PreparedPack {
  try {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [{ severity: 'error', path: '$', message: `The file is not valid JSON (${detail}).`, hint: 'Save the pack as a .json file from a text editor or the authoring tool.' }] };
    }
    return preparePackForInstall(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ severity: 'error', path: '$', message: `The pack could not be checked (${detail}).`, hint: 'Simplify the pack, or report it to its author.' }] };
  }
}

// Inside a worker only (this module is also imported on the page, for the no-worker fallback).
const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; onmessage: unknown; postMessage: (reply: PackCheckReply) => void };
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  scope.onmessage = (event: MessageEvent<PackCheckRequest>) => {
    scope.postMessage({ id: event.data.id, result: preparePackText(event.data.text) });
  };
}
