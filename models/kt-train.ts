/**
 * Trains a DKT on a knowledge-tracing data file and writes model.json, weights.bin and
 * metadata.json.
 *
 *   npx tsx models/kt-train.ts --train FILE --test FILE [--format three-line|matrix]
 *     [--train-rows 0-2000 --test-rows 2000-4000] [--hidden N] [--epochs N] [--batch N]
 *     [--lr X] [--window N] [--dropout X] [--val-fraction X] [--seed N] [--dkt-plus r,w1,w2] [--out DIR]
 *
 * `--dkt-plus` adds DKT+'s reconstruction and waviness terms to the loss (src/ml/dkt/dkt-plus.ts).
 * The skill index covers the skills of both files (ids only, never answers), so the model has
 * a slot for every skill it will be tested on. BKT is fitted and scored too, for comparison.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSkillIndex, countResponses, toDenseSequences } from '../src/ml/datasets/sequence.ts';
import { saveDktDir } from './dkt-files.ts';
import { formatFor, loadDataFile, parseRowRange, recordedPath, repoRoot } from './kt-data.ts';
import {
  DEFAULT_HYPERPARAMETERS,
  batchReporter,
  evaluateDkt,
  fitAndEvaluateBkt,
  formatDuration,
  formatEpoch,
  parseDktPlus,
  trainDktModel,
  type KtHyperparameters,
} from './kt-run.ts';
import { useWasmBackend } from './wasm-backend.ts';

const { values: args } = parseArgs({
  options: {
    train: { type: 'string' },
    test: { type: 'string' },
    format: { type: 'string' },
    'train-rows': { type: 'string' },
    'test-rows': { type: 'string' },
    hidden: { type: 'string' },
    epochs: { type: 'string' },
    batch: { type: 'string' },
    lr: { type: 'string' },
    window: { type: 'string' },
    dropout: { type: 'string' },
    'val-fraction': { type: 'string' },
    seed: { type: 'string' },
    'dkt-plus': { type: 'string' },
    out: { type: 'string' },
  },
});

async function main(): Promise<void> {
  if (!args.train || !args.test) throw new Error('usage: kt-train --train FILE --test FILE [--format three-line|matrix] [--out DIR] ...');
  const format = formatFor(args.train, args.format);
  const hyper: KtHyperparameters = {
    hiddenUnits: numberArg('hidden', DEFAULT_HYPERPARAMETERS.hiddenUnits),
    epochs: numberArg('epochs', DEFAULT_HYPERPARAMETERS.epochs),
    batchSize: numberArg('batch', DEFAULT_HYPERPARAMETERS.batchSize),
    learningRate: numberArg('lr', DEFAULT_HYPERPARAMETERS.learningRate),
    windowLength: numberArg('window', DEFAULT_HYPERPARAMETERS.windowLength),
    dropout: numberArg('dropout', DEFAULT_HYPERPARAMETERS.dropout),
    validationFraction: numberArg('val-fraction', DEFAULT_HYPERPARAMETERS.validationFraction),
    seed: numberArg('seed', DEFAULT_HYPERPARAMETERS.seed),
  };
  const out = path.resolve(args.out ?? path.join(repoRoot, 'models', 'trained', path.basename(path.dirname(path.resolve(args.train)))));
  const backend = await useWasmBackend();
  const trainData = await loadDataFile(args.train, format, parseRowRange(args['train-rows']));
  const testData = await loadDataFile(args.test, format, parseRowRange(args['test-rows']));
  const index = buildSkillIndex(trainData.sequences, testData.sequences);
  const train = toDenseSequences(trainData.sequences, index).sequences;
  const test = toDenseSequences(testData.sequences, index).sequences;
  console.log(`backend ${backend}; ${index.ids.length} skills; train ${train.length} learners / ${countResponses(train)} responses; test ${test.length} / ${countResponses(test)}`);
  console.log(`hyperparameters ${JSON.stringify(hyper)}`);

  const { model, result, ms: trainMs } = await trainDktModel(
    train,
    index.ids.length,
    hyper,
    (p) => console.log(formatEpoch(p)),
    batchReporter(20, (line) => console.log(line)),
    parseDktPlus(args['dkt-plus']),
  );
  console.log(`trained in ${formatDuration(trainMs)}; kept epoch ${result.bestEpoch}`);
  const dkt = evaluateDkt(model, test);
  const bkt = fitAndEvaluateBkt(train, test, index.ids.length);
  console.log(`test: DKT AUC ${dkt.auc.toFixed(4)} (${dkt.n} predictions)  BKT AUC ${bkt.auc.toFixed(4)}`);

  await saveDktDir(out, model, {
    skillIds: index.ids,
    hyperparameters: { ...hyper, format, cell: 'gru', dktPlus: args['dkt-plus'] ?? 'none' },
    dataHash: trainData.hash,
    trainingData: { file: recordedPath(args.train), rows: args['train-rows'] ?? null, format },
    metrics: {
      testFile: recordedPath(args.test),
      testRows: args['test-rows'] ?? null,
      testAuc: dkt.auc,
      testAccuracy: dkt.accuracy,
      testRmse: dkt.rmse,
      testLogLoss: dkt.logLoss,
      testPredictions: dkt.n,
      bktTestAuc: bkt.auc,
      bestEpoch: result.bestEpoch,
      validationAuc: result.bestValidationAuc ?? null,
      finalTrainLoss: result.finalLoss,
      trainSeconds: trainMs / 1000,
      backend,
    },
    createdAt: new Date().toISOString(),
  });
  console.log(`wrote ${out}/model.json, weights.bin, metadata.json`);
  model.dispose();
}

function numberArg(name: keyof typeof args, fallback: number): number {
  const text = args[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, not "${String(text)}"`);
  return value;
}

main().catch((error: unknown) => {
  console.error(`kt-train: ${(error as Error).message}`);
  process.exit(1);
});
