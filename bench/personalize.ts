/**
 * Personalization on a simulated household whose learners differ from the cohort the pack's
 * shipped model was trained on: other simulator parameters (faster learning and forgetting, more
 * guessing, a wider spread of difficulty) and other skill difficulties (another skill seed). The
 * tuning runs through the worker's own request handler (src/ml/worker/kt-handler.ts) on the tfjs
 * wasm backend, as in the app.
 *
 * Three slices of each learner's answers, in time order:
 * - the final `--test-fraction` (default 20%) is the TEST slice: it is never shown to the
 *   personalization; the bench scores on it alone;
 * - the worker gets the rest, exactly as the app would send it, and splits it itself: its latest
 *   20% (the SELECTION slice) picks the epoch and decides whether to keep the tuned model, the
 *   earlier answers train it.
 * The served model (the tuned one if the worker kept it, else the shipped one) and the shipped
 * model are then scored on the test slice, each answer predicted from every answer before it.
 * The selection-slice AUCs are printed too: the gap between them and the test figures is the
 * optimism of judging on the slice that chose.
 *
 *   npm run bench:personalize -- [--pack fractions-3-6] [--learners 4] [--sessions 25] [--seed 11]
 *                                [--households 5] [--test-fraction 0.2] [--lr N] [--epochs N] [--like-training]
 *
 * Ends with one JSON line: {"auc_shipped", "auc_served", "gain_mean", "gain_sd", "gain_min",
 * "gain_max", "personalized_households", "households", "test_answers", "seconds"}: test-slice
 * figures, AUCs as the mean over households, the gain (served - shipped) as mean, standard
 * deviation, min and max over households.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import type { DktModel } from '../src/ml/dkt/model.ts';
import { heldOutAuc } from '../src/ml/dkt/personalize.ts';
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
    'test-fraction': { type: 'string' },
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
const households = Number(args.households ?? 5);
const testFraction = Number(args['test-fraction'] ?? 0.2);
if (!(testFraction > 0 && testFraction < 0.5)) throw new Error('--test-fraction must be between 0 and 0.5');

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

const modelDir = path.join(repoRoot, 'models', 'packs', packId);
const modelJson: unknown = JSON.parse(await readFile(path.join(modelDir, 'model.json'), 'utf8'));
const shippedWeights = await readFile(path.join(modelDir, 'weights.bin'));
const modelWith = (weights: ArrayBuffer | Buffer): DktModel =>
  decodeDktModel(modelJson, weights instanceof ArrayBuffer ? weights : (weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer));
const shippedModel = modelWith(shippedWeights);

interface HouseholdResult {
  seed: number;
  result: PersonalizeResult;
  testShipped: number;
  testServed: number;
  testAnswers: number;
}
const results: HouseholdResult[] = [];
for (let h = 0; h < households; h++) {
  const seed = firstSeed + h;
  const household = simulateCohort({ skills: pack.skills }, { learners: learnerCount, sessions, seed, skillSeed: HOUSEHOLD_SKILL_SEED }, parameters);
  const denseOf = new Map(loaded.skillIds.map((id, i) => [id, i]));
  const learners = household.learners.map((attempts) => attempts.map((a) => ({ skillIndex: denseOf.get(household.skillIds[a.skill]!)!, correct: a.correct })));
  // The test slice: each learner's final answers, cut before the worker sees anything.
  const testFrom = learners.map((l) => Math.max(2, Math.floor(l.length * (1 - testFraction))));
  const shown = learners.map((l, i) => l.slice(0, testFrom[i]));
  const testAnswers = learners.reduce((sum, l, i) => sum + l.length - testFrom[i]!, 0);
  console.log(`household seed ${seed}: ${learners.length} learners, ${learners.reduce((sum, l) => sum + l.length, 0)} answers; ${testAnswers} kept back as the test slice`);
  const roundStarted = performance.now();
  const result = await call(handler, 'personalize', {
    packId,
    learners: shown,
    ...(args.lr ? { learningRate: Number(args.lr) } : {}),
    ...(args.epochs ? { epochs: Number(args.epochs) } : {}),
  });
  if ('cancelled' in result) throw new Error('cancelled');
  const sequences = learners.map((l) => ({ skills: Int32Array.from(l, (a) => a.skillIndex), correct: Uint8Array.from(l, (a) => (a.correct ? 1 : 0)) }));
  const testShipped = heldOutAuc(shippedModel, sequences, testFrom);
  let testServed = testShipped;
  if (result.kept === 'personalized') {
    const tuned = modelWith(result.weights!);
    testServed = heldOutAuc(tuned, sequences, testFrom);
    tuned.dispose();
  }
  results.push({ seed, result, testShipped, testServed, testAnswers });
  console.log(
    `  selection slice (${result.heldOutAnswers} answers, picks the epoch and the model): shipped ${result.shippedAuc.toFixed(4)}, tuned ${result.tunedAuc.toFixed(4)} -> kept ${result.kept}` +
      ` (${result.epochsRun} epochs on ${result.trainingAnswers} answers, ${((performance.now() - roundStarted) / 1000).toFixed(1)} s)`,
  );
  console.log(`  TEST slice (${testAnswers} answers, seen by nothing): shipped ${testShipped.toFixed(4)}, served ${testServed.toFixed(4)} (${testServed >= testShipped ? '+' : ''}${(testServed - testShipped).toFixed(4)})`);
  // Every household starts again from the shipped model.
  await call(handler, 'load', { packId, skillIds: pack.skills.map((s) => s.id), backends: ['wasm'] });
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number => Math.sqrt(xs.reduce((sum, x) => sum + (x - mean(xs)) ** 2, 0) / Math.max(1, xs.length - 1));
const gains = results.map((r) => r.testServed - r.testShipped);
const summary = {
  auc_shipped: round4(mean(results.map((r) => r.testShipped))),
  auc_served: round4(mean(results.map((r) => r.testServed))),
  gain_mean: round4(mean(gains)),
  gain_sd: round4(sd(gains)),
  gain_min: round4(Math.min(...gains)),
  gain_max: round4(Math.max(...gains)),
  personalized_households: results.filter((r) => r.result.kept === 'personalized').length,
  households: results.length,
  test_answers: results.reduce((sum, r) => sum + r.testAnswers, 0),
  // For comparison only: the same figures on the slice that chose (optimistic by construction).
  selection_gain_mean: round4(mean(results.map((r) => (r.result.kept === 'personalized' ? r.result.tunedAuc : r.result.shippedAuc) - r.result.shippedAuc))),
  seconds: Math.round((performance.now() - started) / 100) / 10,
};
console.log(`test slice over ${results.length} households: AUC shipped ${summary.auc_shipped}, served ${summary.auc_served}; gain ${summary.gain_mean} ± ${summary.gain_sd} (sd), from ${summary.gain_min} to ${summary.gain_max}; tuned model kept in ${summary.personalized_households}`);
console.log(JSON.stringify(summary));
