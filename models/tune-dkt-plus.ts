/**
 * Chooses the DKT+ weights of the shipped pack models on VALIDATION learners: the 10% of the
 * fractions-3-6 training cohorts (frontier and app-like) that trainDktModel holds out. No test
 * cohort is read. For each candidate it trains the pack recipe and reports validation AUC and
 * the consistency figures on the validation learners, and the scripted-run probe.
 *
 *   npx tsx models/tune-dkt-plus.ts [--pack fractions-3-6] [--epochs N] [--grid "r,w1,w2;r,w1,w2;..."]
 *
 * Rule: among candidates whose validation AUC is at most 0.003 below plain DKT's, the lowest
 * mean of the validation learners' drop_after_correct and the scripted probe's (30 right answers
 * in a row on each skill from an empty history: the issue's measurement, and what the app's
 * "practise this skill" does); ties: lower w1. Ends with one JSON line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DktPlusWeights } from '../src/ml/dkt/dkt-plus.ts';
import { scriptedRunProbe } from '../src/ml/dkt/estimate-lines.ts';
import { measureDkt } from '../src/ml/dkt/measure.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { auc } from '../src/ml/metrics.ts';
import { repoRoot } from './kt-data.ts';
import { formatDuration, splitValidation, trainDktModel } from './kt-run.ts';
import { PACK_HYPERPARAMETERS, packCohorts, readPackGraphs } from './pack-training.ts';
import { useWasmBackend } from './wasm-backend.ts';

const { values: args } = parseArgs({
  options: {
    pack: { type: 'string', default: 'fractions-3-6' },
    epochs: { type: 'string' },
    grid: { type: 'string', default: '0,0,0;0.1,0,0;0.02,0,0;0,0.003,3;0.02,0.003,3;0,0.03,10' },
    'frontier-only': { type: 'boolean', default: false },
  },
});

const AUC_TOLERANCE = 0.003;

async function main(): Promise<void> {
  const backend = await useWasmBackend();
  const [pack] = await readPackGraphs(path.join(repoRoot, 'content', 'packs'), args.pack);
  if (!pack) throw new Error(`no pack "${args.pack}"`);
  const cohorts = packCohorts(pack, { appLike: !args['frontier-only'] });
  const hyper = { ...PACK_HYPERPARAMETERS, ...(args.epochs ? { epochs: Number(args.epochs) } : {}) };
  const { validation } = splitValidation(cohorts.train, hyper.validationFraction, hyper.seed);
  const grid: DktPlusWeights[] = args.grid!.split(';').map((triple) => {
    const [reconstruction, waviness1, waviness2] = triple.split(',').map(Number);
    return { reconstruction: reconstruction!, waviness1: waviness1!, waviness2: waviness2! };
  });
  console.log(`${pack.id}: ${cohorts.train.length} training learners (${validation.length} for validation), backend ${backend}, ${hyper.epochs} epochs`);
  console.log('| r | w1 | w2 | validation AUC | drop after correct | rise after wrong | w1 | w2 | probe drop | probe rise | epoch | time |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  const rows: { plus: DktPlusWeights; auc: number; drop: number; w1: number }[] = [];
  for (const plus of grid) {
    const { model, result, ms } = await trainDktModel(cohorts.train, cohorts.skillIds.length, hyper, undefined, undefined, plus);
    const measured = measureDkt(model, validation);
    const validationAuc = auc(measured.labels, measured.scores);
    const probe = scriptedRunProbe(new DktStepper(model), cohorts.skillIds.length);
    const c = measured.consistency;
    console.log(
      `| ${plus.reconstruction} | ${plus.waviness1} | ${plus.waviness2} | ${validationAuc.toFixed(4)} | ${c.dropAfterCorrect.toFixed(4)} | ${c.riseAfterWrong.toFixed(4)} | ` +
        `${c.w1.toFixed(4)} | ${c.w2.toFixed(4)} | ${probe.dropAfterCorrect.toFixed(4)} | ${probe.riseAfterWrong.toFixed(4)} | ${result.bestEpoch} | ${formatDuration(ms)} |`,
    );
    rows.push({ plus, auc: validationAuc, drop: (c.dropAfterCorrect + probe.dropAfterCorrect) / 2, w1: c.w1 });
    model.dispose();
  }
  const plain = rows.find((r) => r.plus.reconstruction === 0 && r.plus.waviness1 === 0 && r.plus.waviness2 === 0);
  const floor = (plain?.auc ?? Math.max(...rows.map((r) => r.auc))) - AUC_TOLERANCE;
  const chosen = rows.filter((r) => r.auc >= floor).sort((a, b) => a.drop - b.drop || a.w1 - b.w1)[0]!;
  console.log(`chosen (validation AUC >= ${floor.toFixed(4)}, lowest mean drop after correct): ${JSON.stringify(chosen.plus)}`);
  console.log(JSON.stringify({ pack: pack.id, chosen: chosen.plus, validation_auc: Math.round(chosen.auc * 1e4) / 1e4, mean_drop_after_correct: Math.round(chosen.drop * 1e4) / 1e4 }));
}

main().catch((error: unknown) => {
  console.error(`tune-dkt-plus: ${(error as Error).message}`);
  process.exit(1);
});
