/**
 * Trains the in-app DKT for every built-in content pack on simulated cohorts over the pack's
 * skill graph and writes models/packs/<pack-id>/{model.json, weights.bin, metadata.json}, which
 * the PWA build copies to /models/<pack-id>/ and precaches.
 *
 *   npx tsx models/train-pack-models.ts [--packs DIR] [--only PACK-ID] [--hidden N] [--epochs N]
 *     [--learners N] [--frontier-only] [--default-population-only] [--plain] [--out DIR]
 *
 * The recipe (cohorts, hyperparameters, DKT+ weights) is models/pack-training.ts. Training: the
 * simulator's frontier cohort, the app-like cohort (models/simulator/app-like-cohort.ts), and
 * app-like cohorts from a wide-ability and an able population (models/pack-training.ts).
 * Test: other learners of both kinds (other seeds) on the same pack (same skill seed), so the
 * figures recorded in metadata.json are held out. Afterwards re-run `npm run kt:golden` and
 * `npm run placement:calibrate`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fitBkt } from '../src/ml/bkt/fit-em.ts';
import { encodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { PLAIN_DKT } from '../src/ml/dkt/dkt-plus.ts';
import { ESTIMATE_LINE_CAP, estimateLines, scriptedRunProbe } from '../src/ml/dkt/estimate-lines.ts';
import { PACK_MODEL_KIND, type PackModelMetadata } from '../src/ml/dkt/pack-metadata.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { DEFAULT_SIMULATOR_PARAMETERS } from '../src/ml/simulator/parameters.ts';
import { indexSkillGraph } from '../src/ml/simulator/skill-graph.ts';
import { repoRoot } from './kt-data.ts';
import { formatDuration, formatEpoch, trainDktModel, type KtHyperparameters } from './kt-run.ts';
import { compactReport, reportOnCohort, round4 } from './pack-report.ts';
import {
  PACK_DKT_PLUS,
  PACK_HYPERPARAMETERS,
  TEST_APP_LIKE,
  TEST_COHORT,
  TRAIN_WIDE_COHORTS,
  TRAIN_APP_LIKE,
  TRAIN_COHORT,
  packCohorts,
  readPackGraphs,
} from './pack-training.ts';
import { useWasmBackend } from './wasm-backend.ts';

const { values: args } = parseArgs({
  options: {
    packs: { type: 'string' },
    only: { type: 'string' },
    hidden: { type: 'string' },
    epochs: { type: 'string' },
    learners: { type: 'string' },
    'frontier-only': { type: 'boolean', default: false },
    'default-population-only': { type: 'boolean', default: false },
    plain: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const packsDir = path.resolve(args.packs ?? path.join(repoRoot, 'content', 'packs'));
  const outRoot = path.resolve(args.out ?? path.join(repoRoot, 'models', 'packs'));
  const hyper: KtHyperparameters = {
    ...PACK_HYPERPARAMETERS,
    hiddenUnits: numberArg(args.hidden, PACK_HYPERPARAMETERS.hiddenUnits),
    epochs: numberArg(args.epochs, PACK_HYPERPARAMETERS.epochs),
  };
  const dktPlus = args.plain ? PLAIN_DKT : PACK_DKT_PLUS;
  const appLike = !args['frontier-only'];
  const widePopulations = appLike && !args['default-population-only'];
  const backend = await useWasmBackend();

  for (const pack of await readPackGraphs(packsDir, args.only)) {
    const cohorts = packCohorts(pack, { appLike, widePopulations, ...(args.learners ? { trainLearners: numberArg(args.learners, 600) } : {}) });
    const numSkills = cohorts.skillIds.length;
    console.log(`${pack.id}: ${numSkills} skills, ${cohorts.train.length} training learners (backend ${backend}), DKT+ ${JSON.stringify(dktPlus)}`);

    const { model, result, ms } = await trainDktModel(cohorts.train, numSkills, hyper, (p) => console.log(`  ${formatEpoch(p)}`), undefined, dktPlus);
    const bkt = fitBkt(cohorts.train, numSkills);
    const reports = cohorts.tests.map(({ name, cohort }) => reportOnCohort(name, model, bkt, cohort));
    const stepper = new DktStepper(model);
    const probe = scriptedRunProbe(stepper, numSkills);
    const lines = estimateLines(stepper, indexSkillGraph(pack).prerequisites);
    for (const r of reports) {
      console.log(
        `  ${r.cohort} test cohort: DKT AUC ${r.dktAuc.toFixed(4)}  BKT ${r.bktAuc.toFixed(4)}  ceiling ${r.ceilingAuc.toFixed(4)}  ECE ${r.calibration.ece.toFixed(4)}  ` +
          `drop after correct ${r.consistency.dropAfterCorrect.toFixed(4)}  rise after wrong ${r.consistency.riseAfterWrong.toFixed(4)}  (${r.predictions} predictions)`,
      );
    }
    console.log(`  probe (30 right / 10 wrong in a row per skill): drop after correct ${probe.dropAfterCorrect.toFixed(4)}, rise after wrong ${probe.riseAfterWrong.toFixed(4)}`);
    const peaks = [...lines.peaks];
    console.log(`  estimate lines: ${peaks.filter((p) => p < ESTIMATE_LINE_CAP + 0.02).length} of ${numSkills} skills peak below ${ESTIMATE_LINE_CAP + 0.02}; lowest peak ${Math.min(...peaks).toFixed(3)}; trained in ${formatDuration(ms)}`);

    const frontier = reports.find((r) => r.cohort === 'frontier')!;
    const metadata: PackModelMetadata = {
      kind: PACK_MODEL_KIND,
      packId: pack.id,
      packVersion: pack.version,
      skillIds: cohorts.skillIds,
      hyperparameters: { ...hyper, cell: 'gru' },
      simulator: {
        parameters: { ...DEFAULT_SIMULATOR_PARAMETERS },
        trainCohort: { ...TRAIN_COHORT, ...(args.learners ? { learners: numberArg(args.learners, 600) } : {}) } as Record<string, number>,
        testCohort: TEST_COHORT as Record<string, number>,
        ...(appLike ? { trainAppLikeCohort: TRAIN_APP_LIKE as Record<string, number> } : {}),
        testAppLikeCohort: TEST_APP_LIKE as Record<string, number>,
        ...(widePopulations
          ? {
              trainWideCohorts: TRAIN_WIDE_COHORTS.map(({ cohort, parameters }) => ({ cohort: cohort as Record<string, number>, parameters: parameters as Record<string, number> })),
            }
          : {}),
      },
      metrics: {
        dktAuc: round4(frontier.dktAuc),
        bktAuc: round4(frontier.bktAuc),
        testPredictions: frontier.predictions,
        validationAuc: result.bestValidationAuc === undefined ? null : round4(result.bestValidationAuc),
        bestEpoch: result.bestEpoch,
        trainSeconds: Math.round(ms / 100) / 10,
      },
      bkt: bkt.skills.map((p) => ({ prior: round4(p.prior), learn: round4(p.learn), guess: round4(p.guess), slip: round4(p.slip) })),
      estimateLines: Object.fromEntries(cohorts.skillIds.map((id, s) => [id, round4(lines.lines[s]!)])),
      dktPlus,
      report: {
        ...Object.fromEntries(reports.map((r) => [r.cohort, compactReport(r)])),
        probe: { dropAfterCorrect: round4(probe.dropAfterCorrect), riseAfterWrong: round4(probe.riseAfterWrong), lowestPeak: round4(Math.min(...peaks)) },
      },
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
