/**
 * Scores a trained DKT and a BKT baseline side by side on a test file.
 *
 *   npx tsx models/kt-eval.ts --model DIR --test FILE [--format three-line|matrix]
 *     [--test-rows 2000-4000] [--train FILE [--train-rows 0-2000]]
 *
 * BKT is fitted on the training data recorded in the model's metadata.json unless --train is
 * given. Ends with one JSON line: {"dkt_auc": N, "bkt_auc": N, "n": N}.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DktMetadata } from '../src/ml/dkt/artifacts.ts';
import { skillIndexFromIds, toDenseSequences } from '../src/ml/datasets/sequence.ts';
import { loadDktDir } from './dkt-files.ts';
import { formatFor, loadDataFile, parseRowRange, repoRoot } from './kt-data.ts';
import { evaluateDkt, fitAndEvaluateBkt, type TimedScores } from './kt-run.ts';
import { useWasmBackend } from './wasm-backend.ts';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string' },
    test: { type: 'string' },
    format: { type: 'string' },
    'test-rows': { type: 'string' },
    train: { type: 'string' },
    'train-rows': { type: 'string' },
  },
});

async function main(): Promise<void> {
  if (!args.model || !args.test) throw new Error('usage: kt-eval --model DIR --test FILE [--format three-line|matrix] [--train FILE]');
  const backend = await useWasmBackend();
  const { model, metadata } = await loadDktDir(path.resolve(args.model));
  const index = skillIndexFromIds(metadata.skillIds);
  const recorded = metadata.trainingData as DktMetadata['trainingData'] | undefined;
  if (!args.train && !recorded) throw new Error(`${args.model}/metadata.json does not say what the model was trained on; pass --train FILE for BKT.`);
  const trainFile = args.train ?? path.resolve(repoRoot, recorded!.file);
  const trainRows = args.train ? args['train-rows'] : (args['train-rows'] ?? recorded?.rows ?? undefined);
  const format = formatFor(args.test, args.format ?? recorded?.format);

  const testData = await loadDataFile(args.test, format, parseRowRange(args['test-rows']));
  const trainData = await loadDataFile(trainFile, formatFor(trainFile, args.format ?? recorded?.format), parseRowRange(trainRows));
  const test = toDenseSequences(testData.sequences, index);
  const train = toDenseSequences(trainData.sequences, index).sequences;
  if (test.droppedResponses > 0) console.log(`note: ${test.droppedResponses} test responses are on skills the model has no slot for; they are left out.`);
  console.log(`backend ${backend}; model ${args.model}: ${model.config.hiddenUnits} GRU units, ${model.config.numSkills} skills`);
  console.log(`BKT fitted on ${path.relative(repoRoot, trainFile)}${trainRows ? ` rows ${trainRows}` : ''}`);

  const dkt = evaluateDkt(model, test.sequences);
  const bkt = fitAndEvaluateBkt(train, test.sequences, index.ids.length);
  printTable({ DKT: dkt, BKT: bkt });
  console.log(JSON.stringify({ dkt_auc: round(dkt.auc), bkt_auc: round(bkt.auc), n: dkt.n }));
  model.dispose();
}

function printTable(rows: Record<string, TimedScores>): void {
  const header = ['model', 'AUC', 'accuracy', 'RMSE', 'log loss', 'predictions', 'time'];
  const lines = Object.entries(rows).map(([name, s]) => [
    name,
    s.auc.toFixed(4),
    s.accuracy.toFixed(4),
    s.rmse.toFixed(4),
    s.logLoss.toFixed(4),
    String(s.n),
    `${(s.ms / 1000).toFixed(1)} s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

main().catch((error: unknown) => {
  console.error(`kt-eval: ${(error as Error).message}`);
  process.exit(1);
});
