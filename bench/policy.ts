/**
 * Practice-policy benchmark: do the app's model and policy choose better items than simpler
 * choosers, in worlds they were not built on? Simulated learners work toward a goal, without
 * placement, under five arms that differ ONLY in which item comes next (bench/policy-arms.ts:
 * order, random, bkt, dkt, oracle). Every arm uses the app's own mastery rule on the same
 * evidence with the pack DKT's estimate (bench/policy-mastery.ts), so the comparison is between
 * choosers, not stopping rules.
 *
 *   npx tsx bench/policy.ts [--config FILE] [--learners N] [--arms A,B] [--second-step-weight W] [--rollouts K] [--rollout-base ARM]
 *     [--rollout-learners N | FROM-TO] [--rollout-gate Z]
 *     (config format: bench/README.md and bench/policy-config.ts; examples in bench/policy-configs/)
 *
 * Each population lives in a world (models/worlds: "wayfind", "bkt", "pfa"); a cell is one
 * world x population. Per cell the bench prints:
 * - the world's skill parameters and the BKT baseline fitted on logged practice of that
 *   population (bench/policy-logs.ts), with any parameter at its bound;
 * - the AUC of the pack DKT, of that BKT and of the world's true probabilities (the ceiling) on
 *   logged practice of other learners of the population;
 * - per arm: mean items to the goal and true post-test, answers per skill, and the goal's right
 *   and wrong answers; the DKT arm's items over the best other arm's (the oracle excluded) and
 *   over the oracle's, and the oracle's over the best other arm's (what the true state itself
 *   buys under the same policy);
 * - experimental arms on request (`--arms`, bench/policy-arms.ts; `--second-step-weight W` for
 *   the two-step arms; `--rollouts K` for oracle-rollout, the planner that tries each candidate on
 *   copies of the learner, bench/policy-rollout.ts, improving on `--rollout-base ARM`, by default
 *   the one-step oracle; `--rollout-learners N` runs it on each cell's first N learners only, `FROM-TO` on learners
 *   FROM to TO - 1, so a long run can be split; `--rollout-gate Z` leaves the base's choice only for
 *   an advantage of more than Z standard errors over the forks).
 *
 * Ends with one JSON line: {"cells": [{"world", "population", "dkt_items", "best_baseline",
 * "best_baseline_items", "oracle_items", "dkt_posttest", "best_baseline_posttest"}],
 * "median_ratio", "max_ratio"} where the ratios are dkt_items / best_baseline_items.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexSkillGraph } from '../models/simulator/skill-graph.ts';
import { useWasmBackend } from '../models/wasm-backend.ts';
import { makeWorld } from '../models/worlds/world.ts';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import type { SkillNode as GraphSkill } from '../src/content/index.ts';
import type { BktSkillParams } from '../src/ml/bkt/bkt.ts';
import { ARMS, EXPERIMENTAL_ARMS, type ArmName } from './policy-arms.ts';
import { DEFAULT_POLICY_BENCH_CONFIG, parsePolicyBenchConfig, type PopulationConfig } from './policy-config.ts';
import { fitBktBaseline, loggedPractice, predictiveValue } from './policy-logs.ts';
import { runLearner, type RunContext } from './policy-run.ts';
import { personalizeDkt } from '../src/ml/dkt/personalize.ts';
import { PlainDktStepper } from './plain-dkt.ts';
import { pairedDifference } from './paired.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { config: { type: 'string' }, learners: { type: 'string' }, arms: { type: 'string' }, 'second-step-weight': { type: 'string' }, rollouts: { type: 'string' }, 'rollout-base': { type: 'string' }, 'rollout-learners': { type: 'string' }, 'rollout-gate': { type: 'string' } } });
const BASELINES: readonly ArmName[] = ['order', 'random', 'bkt'];
// The five arms always run; --arms adds experimental ones (policy-arms.ts) after them.
const extraArms = (args.arms ?? '').split(',').filter(Boolean).map((name) => {
  if (!(EXPERIMENTAL_ARMS as readonly string[]).includes(name)) throw new Error(`--arms: "${name}" is not one of ${EXPERIMENTAL_ARMS.join(', ')}`);
  return name as ArmName;
});

const rolloutBase = args['rollout-base'];
if (rolloutBase !== undefined && (!([...ARMS, ...EXPERIMENTAL_ARMS] as readonly string[]).includes(rolloutBase) || rolloutBase === 'oracle-rollout')) {
  throw new Error(`--rollout-base: "${rolloutBase}" is not an arm the rollout oracle can start from (${[...ARMS, ...EXPERIMENTAL_ARMS].filter((a) => a !== 'oracle-rollout').join(', ')})`);
}

// A malformed range is refused before any work, not at the first cell's rollout arm.
if (args['rollout-learners']) rolloutRange(Number.MAX_SAFE_INTEGER);

interface ArmResult {
  items: number;
  posttest: number;
  unfinished: number;
  /** Per learner, for paired comparisons (the same learners meet every arm). */
  itemsPer: number[];
  posttestPer: number[];
}

const started = performance.now();
const config = args.config ? parsePolicyBenchConfig(JSON.parse(readFileSync(args.config, 'utf8'))) : DEFAULT_POLICY_BENCH_CONFIG;
const pack = JSON.parse(readFileSync(path.resolve(repoRoot, config.pack), 'utf8')) as { skills: GraphSkill[] };
const graph = indexSkillGraph(pack);
const modelDir = path.resolve(repoRoot, config.model);
const metadata = JSON.parse(readFileSync(path.join(modelDir, 'metadata.json'), 'utf8')) as {
  skillIds: string[]; bkt?: BktSkillParams[]; estimateLines?: Record<string, number>; simulator?: { trainCohort?: { skillSeed?: number }; testCohort?: { skillSeed?: number } };
};
if (metadata.skillIds.join() !== graph.ids.join()) throw new Error(`the model in ${config.model} has other skills than ${config.pack}`);
const seenSkillSeeds = [metadata.simulator?.trainCohort?.skillSeed ?? 0, metadata.simulator?.testCohort?.skillSeed ?? 0];
await useWasmBackend();
const weights = readFileSync(path.join(modelDir, 'weights.bin'));
const dkt = decodeDktModel(JSON.parse(readFileSync(path.join(modelDir, 'model.json'), 'utf8')), weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength));
// The same model in plain loops, for the rollout oracle's many forked runs (plain-dkt.ts).
const plainStepper = new PlainDktStepper(dkt);
const goal = config.goal.map((id) => {
  const index = graph.ids.indexOf(id);
  if (index < 0) throw new Error(`goal skill "${id}" is not in ${config.pack}`);
  return index;
});
const needed = new Set<number>();
const visit = (s: number): void => {
  if (needed.has(s)) return;
  needed.add(s);
  graph.prerequisites[s]!.forEach(visit);
};
goal.forEach(visit);
const curriculum = graph.order.filter((s) => needed.has(s));
const names = (skills: readonly number[]) => skills.map((s) => graph.ids[s]).join(', ');
console.log(`goal ${config.goal.join(', ')}: ${curriculum.length} skills (${names(curriculum)}); model ${config.model}; estimate lines ${metadata.estimateLines ? curriculum.map((s) => metadata.estimateLines![graph.ids[s]!]?.toFixed(2) ?? '-').join(' ') : 'none in metadata.json'}`);

async function runCell(population: PopulationConfig) {
  if (population.world === 'wayfind' && seenSkillSeeds.includes(population.skillSeed)) {
    console.log(`  note: skill seed ${population.skillSeed} is the one the model was trained on`);
  }
  const world = makeWorld(graph, { kind: population.world, skillSeed: population.skillSeed, parameters: population.parameters });
  const described = world.describe();
  console.log(`  ${described.title}: ${curriculum.map((s) => described.perSkill[s]).join(' ')}`);
  const logOptions = { curriculum, numSkills: graph.ids.length, itemsPerSession: config.itemsPerSession, daysBetweenSessions: config.daysBetweenSessions };
  const training = loggedPractice(world, logOptions, population.seed * 31 + 17, 300);
  const { params: bkt, atBound } = fitBktBaseline(training, graph.ids.length, curriculum);
  console.log(`  BKT fitted by EM (prior/learn/guess/slip, every parameter free in (0, 1)): ${curriculum.map((s) => [bkt[s]!.prior, bkt[s]!.learn, bkt[s]!.guess, bkt[s]!.slip].map((x) => x.toFixed(2)).join('/')).join(' ')}; at an edge or degenerate: ${atBound.length === 0 ? 'none' : atBound.map((b) => graph.ids[Number(b.split(':')[0])] + ' ' + b.split(':')[1]).join(', ')}`);
  const test = loggedPractice(world, logOptions, population.seed * 31 + 18, 100);
  const value = predictiveValue(test, dkt, bkt, metadata.bkt ?? null);
  console.log(`  AUC on ${test.sequences.length} other learners' logged practice: pack DKT ${value.dkt.toFixed(3)}, BKT fitted here ${value.bkt.toFixed(3)}, pack's shipped BKT ${value.shippedBkt.toFixed(3)}, truth (ceiling) ${value.truth.toFixed(3)}`);
  const stepper = new DktStepper(dkt);
  const tunedDkt = extraArms.includes('dkt-tuned') ? await tuneOnLogs(training.sequences, (model) => predictiveValue(test, model, bkt, null).dkt) : undefined;
  const ctx: RunContext = {
    ids: graph.ids, prerequisites: graph.prerequisites, curriculum, goal, itemsPerSkill: config.itemsPerSkill, bkt, stepper, estimateLines: metadata.estimateLines,
    maxItems: config.maxItems, itemsPerSession: config.itemsPerSession, daysBetweenSessions: config.daysBetweenSessions,
    ...(tunedDkt ? { tunedDkt } : {}), ...(args['second-step-weight'] ? { secondStepWeight: Number(args['second-step-weight']) } : {}),
    forkStepper: plainStepper, ...(args.rollouts ? { rollouts: Number(args.rollouts) } : {}),
    ...(rolloutBase ? { rolloutBase: rolloutBase as ArmName } : {}), ...(args['rollout-gate'] ? { rolloutGate: Number(args['rollout-gate']) } : {}),
  };
  const learners = args.learners ? Number(args.learners) : population.learners;
  const results = {} as Record<string, ArmResult>;
  for (const arm of [...ARMS, ...extraArms]) {
    const perSkill = new Float64Array(graph.ids.length);
    let goalRight = 0, goalAnswers = 0;
    let items = 0, posttest = 0, unfinished = 0;
    const itemsPer: number[] = [], posttestPer: number[] = [];
    // The rollout oracle costs seconds a learner: it may run on a range of the learners only.
    const [from, to] = arm === 'oracle-rollout' ? rolloutRange(learners) : [0, learners];
    const armLearners = to - from;
    for (let l = from; l < to; l++) {
      // The same learner (same draws) under every arm.
      const learner = world.newLearner(seededRandom(population.seed * 100_003 + l));
      const r = runLearner(ctx, arm, learner, seededRandom(population.seed * 7_919 + l), seededRandom(population.seed * 7_927 + l));
      items += r.items / armLearners;
      itemsPer.push(r.items);
      posttestPer.push(r.posttest);
      posttest += r.posttest / armLearners;
      if (!r.done) unfinished++;
      r.perSkill.forEach((n, s) => (perSkill[s]! += n / armLearners));
      for (const g of goal) {
        goalRight += r.rightPerSkill[g]! / armLearners;
        goalAnswers += r.perSkill[g]! / armLearners;
      }
    }
    results[arm] = { items, posttest, unfinished, itemsPer, posttestPer };
    console.log(`  ${arm.padEnd(6)} items ${items.toFixed(1).padStart(6)}  post-test ${posttest.toFixed(3)}  not at goal by ${config.maxItems}: ${unfinished}; per skill ${curriculum.map((s) => perSkill[s]!.toFixed(1)).join(' ')}; goal answers right/wrong ${goalRight.toFixed(1)}/${(goalAnswers - goalRight).toFixed(1)}`);
  }
  const best = BASELINES.reduce((a, b) => (results[b]!.items < results[a]!.items ? b : a));
  const ratio = results.dkt!.items / results[best]!.items;
  const gap = results.dkt!.posttest - results[best]!.posttest;
  const itemsDiff = pairedDifference(results.dkt!.itemsPer, results[best]!.itemsPer);
  const postDiff = pairedDifference(results.dkt!.posttestPer, results[best]!.posttestPer);
  console.log(`  dkt / best baseline (${best}) items ${ratio.toFixed(3)}, dkt / oracle ${(results.dkt!.items / results.oracle!.items).toFixed(3)}, oracle / best baseline ${(results.oracle!.items / results[best]!.items).toFixed(3)}; paired on the same learners: items dkt - ${best} ${itemsDiff.mean.toFixed(1)} ± ${itemsDiff.se.toFixed(1)} (SE), post-test ${gap >= 0 ? '+' : ''}${gap.toFixed(3)} ± ${postDiff.se.toFixed(3)}`);
  let rolloutRatio: number | undefined;
  if (results['oracle-rollout']) {
    // On the learners the rollout oracle met (--rollout-learners).
    const rollout = results['oracle-rollout'];
    const [from, to] = rolloutRange(learners);
    const on = (arm: string) => mean(results[arm]!.itemsPer.slice(from, to));
    const diff = pairedDifference(rollout.itemsPer, results[best]!.itemsPer.slice(from, to));
    rolloutRatio = rollout.items / on(best);
    console.log(`  on learners ${from}-${to - 1}: oracle-rollout ${rollout.items.toFixed(1)} items (post-test ${rollout.posttest.toFixed(3)}), best baseline ${best} ${on(best).toFixed(1)}, dkt ${on('dkt').toFixed(1)}, one-step oracle ${on('oracle').toFixed(1)}; oracle-rollout / best baseline ${(rollout.items / on(best)).toFixed(3)} (paired ${diff.mean.toFixed(1)} ± ${diff.se.toFixed(1)}), dkt / best baseline ${(on('dkt') / on(best)).toFixed(3)}`);
  }
  return {
    cell: {
      world: population.world, population: population.name, dkt_items: round(results.dkt!.items), best_baseline: best,
      best_baseline_items: round(results[best]!.items), oracle_items: round(results.oracle!.items),
      dkt_posttest: round(results.dkt!.posttest), best_baseline_posttest: round(results[best]!.posttest),
    },
    ratio,
    oracleRatio: results.oracle!.items / results[best]!.items,
    rolloutRatio,
  };
}

/**
 * Experimental arm dkt-tuned: the pack DKT fine-tuned on the logged practice the BKT baseline is
 * fitted on (src/ml/dkt/personalize.ts: the latest fifth of each learner's answers held out, the
 * copy kept only if it predicts them better), at the shipped models' training rate.
 */
async function tuneOnLogs(sequences: Parameters<typeof personalizeDkt>[1], aucOnOtherLearners: (model: typeof dkt) => number): Promise<DktStepper> {
  const outcome = await personalizeDkt(dkt, sequences, { learningRate: 0.01 });
  const model = outcome.tuned ?? dkt;
  // On the same other learners as the cell's AUC line, so it compares with the BKT fitted here.
  const testAuc = aucOnOtherLearners(model);
  console.log(`  dkt-tuned: held-out AUC ${outcome.shippedAuc.toFixed(3)} shipped, ${outcome.tunedAuc.toFixed(3)} tuned after ${outcome.epochsRun} epochs; ${outcome.tuned ? 'tuned copy used' : 'not better: the shipped model used'}; AUC on the other learners ${testAuc.toFixed(3)}`);
  return new DktStepper(model);
}

const cells = [];
const ratios: number[] = [];
const oracleRatios: number[] = [];
const rolloutRatios: number[] = [];
for (const population of config.populations) {
  console.log(`${population.world} / ${population.name} (${args.learners ?? population.learners} learners, seed ${population.seed}, skill seed ${population.skillSeed})`);
  const { cell, ratio, oracleRatio, rolloutRatio } = await runCell(population);
  if (rolloutRatio !== undefined) rolloutRatios.push(rolloutRatio);
  cells.push(cell);
  ratios.push(ratio);
  oracleRatios.push(oracleRatio);
}
const sorted = [...ratios].sort((a, b) => a - b);
const median = medianOf(ratios);
// What the truth itself buys under the same policy: no model's median can be expected below it.
console.log(`median oracle / best baseline ${medianOf(oracleRatios).toFixed(3)} (the oracle runs the same policy on the true chance, one answer ahead)`);
if (rolloutRatios.length > 0) console.log(`median oracle-rollout / best baseline ${medianOf(rolloutRatios).toFixed(3)}, max ${Math.max(...rolloutRatios).toFixed(3)} (the truth-fed planner: the limit a better model could bring)`);
const postTestShort = cells.filter((c) => c.dkt_posttest < c.best_baseline_posttest - 0.02).map((c) => `${c.world}/${c.population}`);
console.log(`median dkt / best baseline ${median.toFixed(3)} (target <= 0.85), max ${sorted.at(-1)!.toFixed(3)} (target <= 1.0); post-test more than 0.02 below the best baseline in: ${postTestShort.join(', ') || 'no cell'}; ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(JSON.stringify({ cells, median_ratio: round(median), max_ratio: round(sorted.at(-1)!) }));

/** The learners the rollout oracle meets: `--rollout-learners N` (the first N) or `FROM-TO` (TO excluded); all by default. */
function rolloutRange(learners: number): [number, number] {
  const range = args['rollout-learners'];
  if (!range) return [0, learners];
  const match = /^(?:(\d+)-)?(\d+)$/.exec(range);
  if (!match) throw new Error(`--rollout-learners: "${range}" is neither N nor FROM-TO`);
  const from = Number(match[1] ?? 0);
  const to = Math.min(learners, Number(match[2]));
  if (from >= to) throw new Error(`--rollout-learners: no learner in ${range} of ${learners}`);
  return [from, to];
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
