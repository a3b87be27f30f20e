/**
 * Trains the in-app DKT for every built-in content pack on a simulated cohort over the pack's
 * skill graph and writes models/packs/<pack-id>/{model.json, weights.bin, metadata.json}, which
 * the PWA build copies to /models/<pack-id>/ and precaches.
 *
 *   npx tsx models/train-pack-models.ts [--packs DIR] [--only PACK-ID] [--hidden N] [--epochs N]
 *     [--learners N] [--test-learners N] [--sessions N] [--out DIR]
 *
 * The test cohort is other learners (another seed) on the same pack (same skill seed), so the
 * AUC recorded in metadata.json is held out: neither the DKT nor BKT ever saw those learners.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { encodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { PACK_MODEL_KIND, type PackModelMetadata } from '../src/ml/dkt/pack-metadata.ts';
import { repoRoot } from './kt-data.ts';
import { DEFAULT_HYPERPARAMETERS, evaluateDkt, fitAndEvaluateBkt, formatDuration, formatEpoch, trainDktModel, type KtHyperparameters } from './kt-run.ts';
import { cohortSequences, simulateCohort, type CohortOptions } from './simulator/cohort.ts';
import { DEFAULT_SIMULATOR_PARAMETERS } from './simulator/parameters.ts';
import type { SkillGraph } from './simulator/skill-graph.ts';
import { useWasmBackend } from './wasm-backend.ts';

const { values: args } = parseArgs({
  options: {
    packs: { type: 'string' },
    only: { type: 'string' },
    hidden: { type: 'string' },
    epochs: { type: 'string' },
    learners: { type: 'string' },
    'test-learners': { type: 'string' },
    sessions: { type: 'string' },
    out: { type: 'string' },
  },
});

interface PackGraph extends SkillGraph {
  readonly id: string;
  readonly version: string;
}

async function main(): Promise<void> {
  const packsDir = path.resolve(args.packs ?? path.join(repoRoot, 'content', 'packs'));
  const outRoot = path.resolve(args.out ?? path.join(repoRoot, 'models', 'packs'));
  // Small network: a pack has tens of skills, the weights stay ~100 KB and a step stays cheap.
  const hyper: KtHyperparameters = {
    ...DEFAULT_HYPERPARAMETERS,
    hiddenUnits: numberArg(args.hidden, 32),
    epochs: numberArg(args.epochs, 12),
    learningRate: 0.01,
    windowLength: 100,
    dropout: 0.2,
  };
  // Twice the default sessions, so learners get past the first skills of a 20-40 skill pack.
  const sessions = numberArg(args.sessions, 16);
  const trainCohort: Partial<CohortOptions> = { learners: numberArg(args.learners, 600), sessions, seed: 1, skillSeed: 0 };
  const testCohort: Partial<CohortOptions> = { learners: numberArg(args['test-learners'], 200), sessions, seed: 2, skillSeed: 0 };
  const backend = await useWasmBackend();

  const files = (await readdir(packsDir)).filter((name) => name.endsWith('.json')).sort();
  for (const file of files) {
    const pack = JSON.parse(await readFile(path.join(packsDir, file), 'utf8')) as PackGraph;
    if (args.only && pack.id !== args.only) continue;
    const graph: SkillGraph = { skills: pack.skills.map(({ id, prerequisites }) => ({ id, prerequisites })) };
    const train = simulateCohort(graph, trainCohort);
    const test = simulateCohort(graph, testCohort);
    const trainSequences = cohortSequences(train);
    const testSequences = cohortSequences(test);
    const numSkills = train.skillIds.length;
    console.log(`${pack.id}: ${numSkills} skills, ${train.learners.length} training learners x ${train.learners[0]?.length ?? 0} answers (backend ${backend})`);

    const { model, result, ms } = await trainDktModel(trainSequences, numSkills, hyper, (p) => console.log(`  ${formatEpoch(p)}`));
    const dkt = evaluateDkt(model, testSequences);
    const bkt = fitAndEvaluateBkt(trainSequences, testSequences, numSkills);
    console.log(`  test cohort: DKT AUC ${dkt.auc.toFixed(4)}  BKT AUC ${bkt.auc.toFixed(4)}  (${dkt.n} predictions, trained in ${formatDuration(ms)})`);

    const metadata: PackModelMetadata = {
      kind: PACK_MODEL_KIND,
      packId: pack.id,
      packVersion: pack.version,
      skillIds: train.skillIds,
      hyperparameters: { ...hyper, cell: 'gru' },
      simulator: {
        parameters: { ...DEFAULT_SIMULATOR_PARAMETERS },
        trainCohort: numbersOnly(trainCohort),
        testCohort: numbersOnly(testCohort),
      },
      metrics: {
        dktAuc: round(dkt.auc),
        bktAuc: round(bkt.auc),
        testPredictions: dkt.n,
        validationAuc: result.bestValidationAuc === undefined ? null : round(result.bestValidationAuc),
        bestEpoch: result.bestEpoch,
        trainSeconds: Math.round(ms / 100) / 10,
      },
      bkt: bkt.model.skills.map((p) => ({ prior: round(p.prior), learn: round(p.learn), guess: round(p.guess), slip: round(p.slip) })),
      createdAt: new Date().toISOString(),
    };
    const dir = path.join(outRoot, pack.id);
    await mkdir(dir, { recursive: true });
    const { modelJson, weightData } = await encodeDktModel(model);
    await writeFile(path.join(dir, 'model.json'), JSON.stringify(modelJson) + '\n');
    await writeFile(path.join(dir, 'weights.bin'), new Uint8Array(weightData));
    await writeFile(path.join(dir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
    console.log(`  wrote ${path.relative(repoRoot, dir)}/ (weights ${(weightData.byteLength / 1024).toFixed(1)} KB)`);
    model.dispose();
  }
}

function numbersOnly(options: Partial<CohortOptions>): Record<string, number> {
  return Object.fromEntries(Object.entries(options).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function numberArg(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`expected a positive number, not "${text}"`);
  return value;
}

main().catch((error: unknown) => {
  console.error(`train-pack-models: ${(error as Error).message}`);
  process.exit(1);
});
