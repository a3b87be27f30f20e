/**
 * Personalization on a simulated household whose learners differ from the cohort the pack's
 * shipped model was trained on: other simulator parameters (faster learning and forgetting, more
 * guessing, a wider spread of difficulty) and other skill difficulties (another skill seed). The
 * tuning runs through the worker's own request handler (src/ml/worker/kt-handler.ts) on the tfjs
 * wasm backend, as in the app: each learner's latest 20% of answers are held out, the shipped
 * and the tuned model are scored on them, and the better one is kept.
 *
 *   npm run bench:personalize -- [--pack fractions-3-6] [--learners 4] [--sessions 25] [--seed 11]
 *                                [--households 1] [--lr N] [--epochs N] [--like-training]
 *
 * Ends with one JSON line: {"auc_shipped", "auc_personalized", "kept", "seconds", ...}; with
 * several households the AUCs are the means and "kept" is the most frequent choice.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KtRequestHandler } from '../src/ml/worker/kt-handler.ts';
import type { KtOperations, KtRequestMessage, PersonalizeResult } from '../src/ml/worker/protocol.ts';
import { simulateCohort } from '../src/ml/simulator/cohort.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from '../src/ml/simulator/parameters.ts';
import { repoRoot } from '../models/kt-data.ts';
import { useWasmBackend } from '../models/wasm-backend.ts';

const { values: args } = parseArgs({
  options: {
    pack: { type: 'string' },
    learners: { type: 'string' },
    sessions: { type: 'string' },
    seed: { type: 'string' },
    households: { type: 'string' },
    lr: { type: 'string' },
    epochs: { type: 'string' },
    'like-training': { type: 'boolean' },
  },
});
// The control: a household drawn like the training cohort, where there is little to learn.
const likeTraining = args['like-training'] === true;
const packId = args.pack ?? 'fractions-3-6';
const learnerCount = Number(args.learners ?? 4);
const sessions = Number(args.sessions ?? 25);
const firstSeed = Number(args.seed ?? 11);
const households = Number(args.households ?? 1);

/** Unlike the training cohort (DEFAULT_SIMULATOR_PARAMETERS): see the header. */
export const HOUSEHOLD_PARAMETERS: SimulatorParameters = {
  ...DEFAULT_SIMULATOR_PARAMETERS,
  abilitySd: 0.6,
  difficultySd: 1.5,
  guess: 0.25,
  learnFromCorrect: 0.4,
  initialStabilityDays: 3,
};
/** The shipped models were trained with skillSeed 0 (models/train-pack-models.ts). */
const HOUSEHOLD_SKILL_SEED = likeTraining ? 0 : 5;
const parameters = likeTraining ? DEFAULT_SIMULATOR_PARAMETERS : HOUSEHOLD_PARAMETERS;

let nextId = 1;
async function call<K extends keyof KtOperations>(handler: KtRequestHandler, op: K, request: KtOperations[K]['request']): Promise<KtOperations[K]['result']> {
  const response = await handler.handle({ id: nextId++, op, args: request } as KtRequestMessage, (p) => {
    if (p.validationAuc !== undefined) console.log(`  epoch ${p.epoch}/${p.epochs}: loss ${p.loss.toFixed(4)}, held-out AUC ${p.validationAuc?.toFixed(4)}`);
  });
  if (!response.ok) throw new Error(response.error);
  return response.result as KtOperations[K]['result'];
}

const started = performance.now();
const backend = await useWasmBackend();
const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', `${packId}.json`), 'utf8')) as { skills: { id: string; prerequisites: string[] }[] };
// useWasmBackend has already pointed tfjs at the .wasm files, so the worker's setup is a no-op.
const handler = new KtRequestHandler({
  wasmSetup: () => undefined,
  fetchFile: async (url) => new Response(await readFile(path.join(repoRoot, 'models', 'packs', url.replace(/^\/models\//, '')))),
});
const loaded = await call(handler, 'load', { packId, skillIds: pack.skills.map((s) => s.id), backends: ['wasm'] });
if (loaded.engine !== 'dkt') throw new Error(loaded.reason);
console.log(`${packId} (${pack.skills.length} skills) on ${backend}; household parameters ${likeTraining ? 'as the training cohort' : JSON.stringify(HOUSEHOLD_PARAMETERS)}, skill seed ${HOUSEHOLD_SKILL_SEED}`);

const results: PersonalizeResult[] = [];
for (let h = 0; h < households; h++) {
  const seed = firstSeed + h;
  const household = simulateCohort({ skills: pack.skills }, { learners: learnerCount, sessions, seed, skillSeed: HOUSEHOLD_SKILL_SEED }, parameters);
  const denseOf = new Map(loaded.skillIds.map((id, i) => [id, i]));
  const learners = household.learners.map((attempts) => attempts.map((a) => ({ skillIndex: denseOf.get(household.skillIds[a.skill]!)!, correct: a.correct })));
  const answers = learners.reduce((sum, l) => sum + l.length, 0);
  console.log(`household seed ${seed}: ${learners.length} learners, ${answers} answers`);
  const roundStarted = performance.now();
  const result = await call(handler, 'personalize', {
    packId,
    learners,
    ...(args.lr ? { learningRate: Number(args.lr) } : {}),
    ...(args.epochs ? { epochs: Number(args.epochs) } : {}),
  });
  if ('cancelled' in result) throw new Error('cancelled');
  results.push(result);
  console.log(
    `  trained on ${result.trainingAnswers}, held out ${result.heldOutAnswers}: AUC shipped ${result.shippedAuc.toFixed(4)}, tuned ${result.tunedAuc.toFixed(4)}` +
      ` -> kept ${result.kept} (${result.epochsRun} epochs, losses ${result.losses.map((l) => l.toFixed(4)).join(' ')}, ${((performance.now() - roundStarted) / 1000).toFixed(1)} s)`,
  );
  // Every household starts again from the shipped model.
  await call(handler, 'load', { packId, skillIds: pack.skills.map((s) => s.id), backends: ['wasm'] });
}

const mean = (xs: number[]): number => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1e4) / 1e4;
const personalizedCount = results.filter((r) => r.kept === 'personalized').length;
const summary = {
  auc_shipped: mean(results.map((r) => r.shippedAuc)),
  auc_personalized: mean(results.map((r) => r.tunedAuc)),
  // What serves afterwards: the tuned model only where it won, the shipped one elsewhere.
  auc_served: mean(results.map((r) => (r.kept === 'personalized' ? r.tunedAuc : r.shippedAuc))),
  kept: personalizedCount * 2 >= results.length ? 'personalized' : 'shipped',
  households: results.length,
  personalized_households: personalizedCount,
  held_out_answers: results.reduce((sum, r) => sum + r.heldOutAnswers, 0),
  seconds: Math.round((performance.now() - started) / 100) / 10,
};
console.log(JSON.stringify(summary));
