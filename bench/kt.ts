/**
 * Knowledge-tracing benchmark: trains and scores the DKT (and BKT beside it) on the three public
 * data sets in ../shared/datasets and compares them with the published figures.
 *
 *   npx tsx bench/kt.ts [--datasets DIR] [--only assistments,synthetic5,statics] [--versions N] [--dkt-plus r,w1,w2]
 *
 * Beside AUC it reports, from the same predictions, calibration (expected calibration error and
 * a 10-bin reliability table) and DKT+'s consistency figures (share of correct answers after
 * which the answered skill's prediction falls, of wrong answers after which it rises, waviness
 * w1 and w2). `--dkt-plus` trains with DKT+'s terms (default: plain DKT, as published).
 *
 * Ends with one JSON line:
 *   {"assistments_dkt_auc": N, "assistments_bkt_auc": N, "synthetic5_dkt_auc": N, "statics_dkt_auc": N, "minutes": N,
 *    "<data set>_ece": N, "<data set>_drop_after_correct": N, "<data set>_rise_after_wrong": N, "<data set>_w1": N, "<data set>_w2": N}
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { calibration, reliabilityTable, type Calibration } from '../src/ml/calibration.ts';
import { buildSkillIndex, toDenseSequences } from '../src/ml/datasets/sequence.ts';
import type { ConsistencyFigures } from '../src/ml/dkt/consistency.ts';
import type { DktPlusWeights } from '../src/ml/dkt/dkt-plus.ts';
import { measureDkt } from '../src/ml/dkt/measure.ts';
import { auc as aucOf } from '../src/ml/metrics.ts';
import { datasetsDir, loadDataFile, type DataFormat } from '../models/kt-data.ts';
import { DEFAULT_HYPERPARAMETERS, fitAndEvaluateBkt, formatDuration, formatEpoch, trainDktModel, type KtHyperparameters } from '../models/kt-run.ts';
import { useWasmBackend } from '../models/wasm-backend.ts';
import { BENCH_HYPERPARAMETERS, PUBLISHED, type BenchDataset } from './kt-settings.ts';

const { values: args } = parseArgs({
  options: {
    datasets: { type: 'string' },
    only: { type: 'string' },
    versions: { type: 'string' },
    'dkt-plus': { type: 'string' },
  },
});

const dktPlus: DktPlusWeights | undefined = args['dkt-plus']
  ? (([reconstruction, waviness1, waviness2]) => ({ reconstruction: reconstruction!, waviness1: waviness1!, waviness2: waviness2! }))(
      args['dkt-plus'].split(',').map(Number),
    )
  : undefined;

interface DatasetResult {
  readonly dktAuc: number;
  readonly bktAuc: number;
  /** Over Synthetic-5 versions; 0 for single-split data sets. */
  readonly dktSpread: number;
  readonly bktSpread: number;
  readonly predictions: number;
  readonly ms: number;
  readonly detail: string;
  /** Over all predictions (Synthetic-5: of all versions pooled). */
  readonly calibration: Calibration;
  /** Synthetic-5: the mean over versions. */
  readonly consistency: ConsistencyFigures;
}

async function runSplit(
  name: string,
  train: { file: string; format: DataFormat; rows?: [number, number] },
  test: { file: string; format: DataFormat; rows?: [number, number] },
  hyper: KtHyperparameters,
) {
  const trainData = await loadDataFile(train.file, train.format, train.rows);
  const testData = await loadDataFile(test.file, test.format, test.rows);
  const index = buildSkillIndex(trainData.sequences, testData.sequences);
  const trainSet = toDenseSequences(trainData.sequences, index).sequences;
  const testSet = toDenseSequences(testData.sequences, index).sequences;
  const { model, result } = await trainDktModel(trainSet, index.ids.length, hyper, (p) => console.log(`  ${name} ${formatEpoch(p)}`), undefined, dktPlus);
  const measured = measureDkt(model, testSet);
  const dkt = { auc: aucOf(measured.labels, measured.scores), n: measured.labels.length, ...measured };
  const bkt = fitAndEvaluateBkt(trainSet, testSet, index.ids.length);
  model.dispose();
  console.log(`  ${name}: DKT AUC ${dkt.auc.toFixed(4)} (kept epoch ${result.bestEpoch}), BKT AUC ${bkt.auc.toFixed(4)}, ${dkt.n} predictions`);
  return { dkt, bkt };
}

async function runDataset(dataset: BenchDataset, root: string, versions: number): Promise<DatasetResult> {
  const started = Date.now();
  const hyper = { ...DEFAULT_HYPERPARAMETERS, ...BENCH_HYPERPARAMETERS[dataset] };
  console.log(`\n${dataset}: ${JSON.stringify(hyper)}`);
  if (dataset === 'synthetic5') {
    const dkt: number[] = [];
    const bkt: number[] = [];
    const consistency: ConsistencyFigures[] = [];
    const labels: number[] = [];
    const scores: number[] = [];
    let predictions = 0;
    for (let v = 0; v < versions; v++) {
      const file = path.join(root, 'synthetic5', `v${v}.csv`);
      const run = await runSplit(`v${v}`, { file, format: 'matrix', rows: [0, 2000] }, { file, format: 'matrix', rows: [2000, 4000] }, hyper);
      dkt.push(run.dkt.auc);
      bkt.push(run.bkt.auc);
      predictions += run.dkt.n;
      consistency.push(run.dkt.consistency);
      for (let i = 0; i < run.dkt.labels.length; i++) {
        labels.push(run.dkt.labels[i]!);
        scores.push(run.dkt.scores[i]!);
      }
    }
    return {
      dktAuc: mean(dkt),
      bktAuc: mean(bkt),
      dktSpread: standardDeviation(dkt),
      bktSpread: standardDeviation(bkt),
      predictions,
      ms: Date.now() - started,
      detail: `v0..v${versions - 1} DKT ${dkt.map((a) => a.toFixed(3)).join(' ')}`,
      calibration: calibration(labels, scores),
      consistency: meanConsistency(consistency),
    };
  }
  const folder = dataset === 'assistments' ? 'assistments2009-builder' : 'statics2011';
  const run = await runSplit(
    dataset,
    { file: path.join(root, folder, 'train.csv'), format: 'three-line' },
    { file: path.join(root, folder, 'test.csv'), format: 'three-line' },
    hyper,
  );
  return {
    dktAuc: run.dkt.auc,
    bktAuc: run.bkt.auc,
    dktSpread: 0,
    bktSpread: 0,
    predictions: run.dkt.n,
    ms: Date.now() - started,
    detail: '',
    calibration: calibration(run.dkt.labels, run.dkt.scores),
    consistency: run.dkt.consistency,
  };
}

async function main(): Promise<void> {
  const root = datasetsDir(args.datasets);
  const versions = Number(args.versions ?? 10);
  const only = (args.only ?? 'assistments,synthetic5,statics').split(',').map((s) => s.trim()) as BenchDataset[];
  for (const name of only) if (!(name in PUBLISHED)) throw new Error(`unknown data set "${name}" (assistments, synthetic5, statics)`);
  const backend = await useWasmBackend();
  console.log(`backend ${backend}; data ${root}; ${new Date().toISOString()}`);
  const started = Date.now();
  const results = new Map<BenchDataset, DatasetResult>();
  for (const dataset of only) results.set(dataset, await runDataset(dataset, root, versions));
  const minutes = (Date.now() - started) / 60000;

  console.log('\n| data set | DKT AUC (measured) | BKT AUC (measured) | DKT published | BKT published | target | predictions | wall time |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [dataset, r] of results) {
    const p = PUBLISHED[dataset];
    const spread = (value: number, sd: number) => (dataset === 'synthetic5' ? `${value.toFixed(4)} ± ${sd.toFixed(4)}` : value.toFixed(4));
    const verdict = r.dktAuc >= p.target ? 'met' : 'MISSED';
    console.log(
      `| ${p.label} | ${spread(r.dktAuc, r.dktSpread)} | ${spread(r.bktAuc, r.bktSpread)} | ${p.dkt} | ${p.bkt} | >= ${p.target} (${verdict}) | ${r.predictions} | ${formatDuration(r.ms)} |`,
    );
    if (r.detail) console.log(`  ${r.detail}`);
  }
  console.log(`total ${minutes.toFixed(1)} minutes (target < 45)${dktPlus ? `; DKT+ ${JSON.stringify(dktPlus)}` : '; plain DKT'}`);
  console.log('\n| data set | ECE | drop after correct | rise after wrong | w1 | w2 |');
  console.log('|---|---|---|---|---|---|');
  for (const [dataset, r] of results) {
    const c = r.consistency;
    console.log(`| ${PUBLISHED[dataset].label} | ${r.calibration.ece.toFixed(4)} | ${c.dropAfterCorrect.toFixed(4)} | ${c.riseAfterWrong.toFixed(4)} | ${c.w1.toFixed(4)} | ${c.w2.toFixed(4)} |`);
  }
  for (const [dataset, r] of results) {
    console.log(`\nReliability, ${PUBLISHED[dataset].label} (DKT):`);
    reliabilityTable(r.calibration).forEach((line) => console.log(line));
  }
  const figures: Record<string, number> = {};
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  for (const [dataset, r] of results) {
    figures[`${dataset}_ece`] = r4(r.calibration.ece);
    figures[`${dataset}_drop_after_correct`] = r4(r.consistency.dropAfterCorrect);
    figures[`${dataset}_rise_after_wrong`] = r4(r.consistency.riseAfterWrong);
    figures[`${dataset}_w1`] = r4(r.consistency.w1);
    figures[`${dataset}_w2`] = r4(r.consistency.w2);
  }
  const auc = (dataset: BenchDataset, key: 'dktAuc' | 'bktAuc') => {
    const value = results.get(dataset)?.[key];
    return value === undefined ? null : Math.round(value * 10000) / 10000;
  };
  console.log(
    JSON.stringify({
      assistments_dkt_auc: auc('assistments', 'dktAuc'),
      assistments_bkt_auc: auc('assistments', 'bktAuc'),
      synthetic5_dkt_auc: auc('synthetic5', 'dktAuc'),
      statics_dkt_auc: auc('statics', 'dktAuc'),
      minutes: Math.round(minutes * 10) / 10,
      ...figures,
    }),
  );
}

function meanConsistency(runs: readonly ConsistencyFigures[]): ConsistencyFigures {
  const m = (key: keyof ConsistencyFigures) => mean(runs.map((run) => run[key]));
  return {
    dropAfterCorrect: m('dropAfterCorrect'),
    riseAfterWrong: m('riseAfterWrong'),
    correctAnswers: runs.reduce((sum, run) => sum + run.correctAnswers, 0),
    wrongAnswers: runs.reduce((sum, run) => sum + run.wrongAnswers, 0),
    w1: m('w1'),
    w2: m('w2'),
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

main().catch((error: unknown) => {
  console.error(`bench:kt: ${(error as Error).message}`);
  process.exit(1);
});
