/**
 * Measures personalization on a simulated household whose learners differ from the cohort a
 * pack's shipped model was trained on: held-out AUC of the shipped model and of the tuned copy
 * (each learner's latest 20% of answers), through the worker's own request handler.
 *
 *   npx tsx models/personalize-check.ts [--pack fractions-3-6] [--learners 4] [--sessions 20] [--seed 11]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KtRequestHandler } from '../src/ml/worker/kt-handler.ts';
import type { KtOperations, KtRequestMessage } from '../src/ml/worker/protocol.ts';
import { repoRoot } from './kt-data.ts';
import { simulateCohort } from './simulator/cohort.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from './simulator/parameters.ts';
import { useWasmBackend } from './wasm-backend.ts';

const { values: args } = parseArgs({ options: { pack: { type: 'string' }, learners: { type: 'string' }, sessions: { type: 'string' }, seed: { type: 'string' } } });
const packId = args.pack ?? 'fractions-3-6';

// Unlike the training cohort: abler and faster learners who guess more and forget faster.
const HOUSEHOLD: SimulatorParameters = { ...DEFAULT_SIMULATOR_PARAMETERS, abilitySd: 0.5, guess: 0.3, learnFromCorrect: 0.4, initialStabilityDays: 3 };

async function call<K extends keyof KtOperations>(handler: KtRequestHandler, op: K, request: KtOperations[K]['request']): Promise<KtOperations[K]['result']> {
  const response = await handler.handle({ id: 1, op, args: request } as KtRequestMessage);
  if (!response.ok) throw new Error(response.error);
  return response.result as KtOperations[K]['result'];
}

const backend = await useWasmBackend();
const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', `${packId}.json`), 'utf8')) as { skills: { id: string; prerequisites: string[] }[] };
// useWasmBackend has already pointed tfjs at the .wasm files, so there is nothing more to set up.
const handler = new KtRequestHandler({ wasmSetup: () => undefined, fetchFile: async (url) => new Response(await readFile(path.join(repoRoot, 'models', 'packs', url.replace(/^\/models\//, '')))) });
const loaded = await call(handler, 'load', { packId, skillIds: pack.skills.map((s) => s.id), backends: ['wasm'] });
if (loaded.engine !== 'dkt') throw new Error(loaded.reason);
const household = simulateCohort(
  { skills: pack.skills },
  { learners: Number(args.learners ?? 4), sessions: Number(args.sessions ?? 20), seed: Number(args.seed ?? 11), skillSeed: 0 },
  HOUSEHOLD,
);
const denseOf = new Map(loaded.skillIds.map((id, i) => [id, i]));
const learners = household.learners.map((attempts) => attempts.map((a) => ({ skillIndex: denseOf.get(household.skillIds[a.skill]!)!, correct: a.correct })));
const started = Date.now();
const result = await call(handler, 'personalize', { packId, learners });
console.log(`${packId} on ${backend}: household of ${learners.length} learners x ${learners[0]?.length} answers (parameters ${JSON.stringify(HOUSEHOLD)})`);
console.log(`held-out answers ${result.heldOutAnswers}; AUC shipped ${result.beforeAuc.toFixed(4)} -> tuned ${result.afterAuc.toFixed(4)}; kept ${result.kept}; ${result.epochsRun} epochs, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(JSON.stringify({ before_auc: Math.round(result.beforeAuc * 1e4) / 1e4, after_auc: Math.round(result.afterAuc * 1e4) / 1e4, kept: result.kept, held_out: result.heldOutAnswers }));
