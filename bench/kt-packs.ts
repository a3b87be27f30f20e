/**
 * Report on the shipped pack models (models/packs/<pack-id>/), as the app loads them: on
 * simulated test cohorts of both kinds (the simulator's frontier policy, and app-like learners:
 * models/simulator/app-like-cohort.ts), other learners than any the model was trained or tuned
 * on, it prints AUC beside BKT (the fitted parameters shipped in metadata.json) and the ceiling
 * (the AUC of the simulator's own true probabilities), calibration (ECE and a 10-bin reliability
 * table), DKT+'s consistency figures, the scripted-run probe and the estimate lines.
 *
 *   npx tsx bench/kt-packs.ts [--only PACK-ID]
 *
 * Ends with one JSON line: per pack and cohort the figures, and `dkt_drop_after_correct`
 * (fractions-3-6 on the app-like cohort: the figure bench:journey reports with its own learners).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reliabilityTable } from '../src/ml/calibration.ts';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { ESTIMATE_LINE_CAP, estimateLines, scriptedRunProbe } from '../src/ml/dkt/estimate-lines.ts';
import { parsePackModelMetadata } from '../src/ml/dkt/pack-metadata.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { simulateCohort } from '../src/ml/simulator/cohort.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from '../src/ml/simulator/parameters.ts';
import { indexSkillGraph } from '../src/ml/simulator/skill-graph.ts';
import { repoRoot } from '../models/kt-data.ts';
import { readPackModelFiles } from '../models/make-golden.ts';
import { compactReport, reportOnCohort, round4 } from '../models/pack-report.ts';
import { TEST_APP_LIKE, TEST_COHORT, readPackGraphs } from '../models/pack-training.ts';
import { simulateAppLikeCohort } from '../models/simulator/app-like-cohort.ts';
import { useWasmBackend } from '../models/wasm-backend.ts';

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });

async function main(): Promise<void> {
  const started = Date.now();
  const backend = await useWasmBackend();
  console.log(`backend ${backend}; ${new Date().toISOString()}`);
  const figures: Record<string, unknown> = {};
  for (const pack of await readPackGraphs(path.join(repoRoot, 'content', 'packs'), args.only)) {
    const files = await readPackModelFiles(pack.id);
    const metadata = parsePackModelMetadata(files.metadata, pack.id);
    const model = decodeDktModel(files.modelJson, files.weights);
    // The model's dense order is metadata.skillIds; the simulator orders skills as the pack does.
    const graph = indexSkillGraph(pack);
    if (graph.ids.join() !== metadata.skillIds.join()) throw new Error(`${pack.id}: the model's skill order differs from the pack's`);
    const params = { ...DEFAULT_SIMULATOR_PARAMETERS, ...metadata.simulator.parameters } as SimulatorParameters;
    const cohorts = [
      { name: 'frontier', cohort: simulateCohort(pack, { ...TEST_COHORT, ...metadata.simulator.testCohort }, params) },
      { name: 'app-like', cohort: simulateAppLikeCohort(pack, { ...TEST_APP_LIKE, ...metadata.simulator.testAppLikeCohort }, params) },
    ];
    console.log(`\n## ${pack.id} (${metadata.skillIds.length} skills, trained ${metadata.createdAt}, DKT+ ${JSON.stringify(metadata.dktPlus ?? 'none')})`);
    console.log('| test cohort | predictions | DKT AUC | BKT AUC | ceiling AUC | ECE | drop after correct | rise after wrong | w1 | w2 |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    const packFigures: Record<string, unknown> = {};
    const reports = cohorts.map(({ name, cohort }) => reportOnCohort(name, model, { skills: metadata.bkt }, cohort));
    for (const r of reports) {
      const c = r.consistency;
      console.log(
        `| ${r.cohort} | ${r.predictions} | ${r.dktAuc.toFixed(4)} | ${r.bktAuc.toFixed(4)} | ${r.ceilingAuc.toFixed(4)} | ${r.calibration.ece.toFixed(4)} | ` +
          `${c.dropAfterCorrect.toFixed(4)} | ${c.riseAfterWrong.toFixed(4)} | ${c.w1.toFixed(4)} | ${c.w2.toFixed(4)} |`,
      );
      packFigures[r.cohort] = compactReport(r);
    }
    for (const r of reports) {
      console.log(`\nReliability, ${pack.id}, ${r.cohort} test cohort:`);
      reliabilityTable(r.calibration).forEach((line) => console.log(line));
    }
    const stepper = new DktStepper(model);
    const probe = scriptedRunProbe(stepper, metadata.skillIds.length);
    const lines = estimateLines(stepper, graph.prerequisites);
    const peaks = [...lines.peaks];
    const shipped = metadata.estimateLines;
    const linesMatch = shipped ? metadata.skillIds.every((id, s) => Math.abs((shipped[id] ?? -1) - lines.lines[s]!) < 1e-3) : false;
    console.log(
      `\nProbe, 30 right then 10 wrong in a row on each skill from an empty history: drop after correct ${probe.dropAfterCorrect.toFixed(4)} ` +
        `(of ${probe.correctAnswers}), rise after wrong ${probe.riseAfterWrong.toFixed(4)} (of ${probe.wrongAnswers}).`,
    );
    console.log(
      `Estimate lines (15 right after prerequisites): ${peaks.filter((p) => p >= ESTIMATE_LINE_CAP + 0.02).length} of ${peaks.length} skills reach ${ESTIMATE_LINE_CAP + 0.02} (line ${ESTIMATE_LINE_CAP}); ` +
        `lowest peak ${Math.min(...peaks).toFixed(3)}; metadata.json's estimateLines ${shipped ? (linesMatch ? 'match' : 'DIFFER (retrain or check)') : 'absent'}.`,
    );
    packFigures.probe = { dropAfterCorrect: round4(probe.dropAfterCorrect), riseAfterWrong: round4(probe.riseAfterWrong) };
    packFigures.lowestPeak = round4(Math.min(...peaks));
    packFigures.skillsBelowCap = peaks.filter((p) => p < ESTIMATE_LINE_CAP + 0.02).length;
    figures[pack.id] = packFigures;
    model.dispose();
  }
  const fractions = figures['fractions-3-6'] as { 'app-like'?: { dropAfterCorrect: number } } | undefined;
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify({ ...figures, dkt_drop_after_correct: fractions?.['app-like']?.dropAfterCorrect ?? null, seconds: Math.round((Date.now() - started) / 100) / 10 }));
}

main().catch((error: unknown) => {
  console.error(`bench:kt-packs: ${(error as Error).message}`);
  process.exit(1);
});
