/**
 * Practice-policy benchmark: simulated learners work toward a goal, without placement, under four
 * policies; per policy the mean items to reach the goal and the post-test accuracy on the goal.
 *
 *   npx tsx bench/policy.ts [--config FILE] [--predictor dkt|bkt] [--mastered-at P]   (config format: bench/policy-config.ts)
 *
 * - order: the goal's skills in prerequisite order, each until 3 correct answers in a row.
 * - random: a random ready skill (prerequisites done by the same 3-in-a-row rule) each time.
 * - bkt: mastery learning with the pack's fitted BKT: each skill in order until P(known) >= 0.95.
 * - dkt: Wayfind's policy (src/app/tutor-policy.ts) on the pack's trained DKT predictions, levels
 *   by src/app/mastery.ts; done when every goal skill is mastered. `--predictor bkt` runs the same
 *   policy on BKT predictions instead (reported as such).
 * "Items" counts answers until the policy declares the goal reached (maxItems if never); the
 * post-test is the learner's true mean P(correct) on the goal skills at that point.
 *
 * Ends with one JSON line: {"populations": [{"name", "dkt_items", "bkt_items", "order_items",
 * "random_items", "dkt_posttest", "bkt_posttest"}], "predictor": "dkt"|"bkt"}
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SimulatedLearner, normal } from '../models/simulator/learner.ts';
import { DEFAULT_SIMULATOR_PARAMETERS } from '../models/simulator/parameters.ts';
import { indexSkillGraph, type IndexedSkillGraph } from '../models/simulator/skill-graph.ts';
import { useWasmBackend } from '../models/wasm-backend.ts';
import type { MasteryLevel } from '../src/data/records.ts';
import { predictCorrect, updateKnown, type BktSkillParams } from '../src/ml/bkt/bkt.ts';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import { MASTERY_RULE, nextMasteryLevel, summariseEvidence, type MasteryRule, type PracticeAnswer } from '../src/app/mastery.ts';
import type { GraphSkill } from '../src/app/placement.ts';
import { chooseNextItem } from '../src/app/tutor-policy.ts';
import { DEFAULT_POLICY_BENCH_CONFIG, parsePolicyBenchConfig, type PolicyBenchConfig, type PopulationConfig } from './policy-config.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { config: { type: 'string' }, predictor: { type: 'string', default: 'dkt' }, 'mastered-at': { type: 'string' } } });
const POLICIES = ['order', 'random', 'bkt', 'dkt'] as const;
type PolicyName = (typeof POLICIES)[number];
/**
 * `--mastered-at P` replaces the rule's 0.95 predicted success for "mastered" (a sensitivity
 * experiment: simulated learners never exceed P(correct) = 1 - slip = 0.92).
 */
const rule: MasteryRule = args['mastered-at']
  ? { ...MASTERY_RULE, mastered: { ...MASTERY_RULE.mastered, minPredicted: Number(args['mastered-at']) } }
  : MASTERY_RULE;

/** What a policy sees: the answers so far; it returns a skill index, or null when the goal is reached. */
type Policy = (history: readonly { skill: number; correct: boolean }[]) => number | null;

interface Context {
  config: PolicyBenchConfig;
  graph: IndexedSkillGraph;
  /** The goal skills and their prerequisites, in prerequisite order. */
  curriculum: number[];
  goal: number[];
  bkt: BktSkillParams[];
  stepper: DktStepper | null;
}

function streakRule(ctx: Context): Policy {
  const passed = (history: readonly { skill: number; correct: boolean }[], skill: number) => {
    let streak = 0;
    for (const h of history) if (h.skill === skill) streak = h.correct ? streak + 1 : 0;
    return streak >= 3;
  };
  return (history) => ctx.curriculum.find((s) => !passed(history, s)) ?? null;
}

function randomReady(ctx: Context, random: () => number): Policy {
  const streak = new Map<number, number>();
  let seen = 0;
  return (history) => {
    for (; seen < history.length; seen++) {
      const h = history[seen]!;
      streak.set(h.skill, h.correct ? (streak.get(h.skill) ?? 0) + 1 : 0);
    }
    const done = (s: number) => (streak.get(s) ?? 0) >= 3;
    const ready = ctx.curriculum.filter((s) => !done(s) && ctx.graph.prerequisites[s]!.every(done));
    return ready.length === 0 ? null : ready[Math.floor(random() * ready.length)]!;
  };
}

function bktMastery(ctx: Context): Policy {
  const known = ctx.bkt.map((p) => p.prior);
  let seen = 0;
  return (history) => {
    for (; seen < history.length; seen++) {
      const h = history[seen]!;
      known[h.skill] = updateKnown(ctx.bkt[h.skill]!, known[h.skill]!, h.correct);
    }
    return ctx.curriculum.find((s) => known[s]! < 0.95) ?? null;
  };
}

/** Wayfind's tutor policy and mastery rule, fed by DKT (or BKT) predictions after each answer. */
function wayfind(ctx: Context): Policy {
  const ids = ctx.graph.ids;
  const skills: GraphSkill[] = ctx.curriculum.map((s) => ({ id: ids[s]!, prerequisites: ctx.graph.prerequisites[s]!.map((p) => ids[p]!) }));
  const itemsBySkill = new Map(skills.map((s) => [s.id, Array.from({ length: ctx.config.itemsPerSkill }, (_, k) => `${s.id}#${k}`)]));
  const levels = new Map<string, MasteryLevel>();
  const answers = new Map<string, PracticeAnswer[]>();
  let state = ctx.stepper?.initialState() ?? null;
  let predictions = state && ctx.stepper ? ctx.stepper.predict(state) : Float32Array.from(ctx.bkt, (p) => predictCorrect(p, p.prior));
  const known = ctx.bkt.map((p) => p.prior);
  let session: { skillId: string; itemId: string; review: boolean }[] = [];
  let seen = 0;
  return (history) => {
    for (; seen < history.length; seen++) {
      const h = history[seen]!;
      if (ctx.stepper && state) ({ state, predictions } = ctx.stepper.step(state, h.skill, h.correct));
      else {
        known[h.skill] = updateKnown(ctx.bkt[h.skill]!, known[h.skill]!, h.correct);
        predictions[h.skill] = predictCorrect(ctx.bkt[h.skill]!, known[h.skill]!);
      }
      const id = ids[h.skill]!;
      const list = answers.get(id) ?? [];
      list.push({ skillId: id, itemId: session.at(-1)!.itemId, correct: h.correct, hintsUsed: 0 });
      answers.set(id, list);
      const previous = levels.get(id) ?? 'not-started';
      levels.set(id, nextMasteryLevel({ previous, predicted: predictions[h.skill]!, evidence: summariseEvidence(list), reviewFailed: previous === 'mastered' && !h.correct, rule }));
    }
    if (ctx.goal.every((g) => levels.get(ids[g]!) === 'mastered')) return null;
    if (history.length % ctx.config.itemsPerSession === 0) session = [];
    const choose = () => chooseNextItem({
      skills, levels, itemsBySkill, session, goalSkillIds: ctx.goal.map((g) => ids[g]!), dueReviewSkillIds: [],
      predictions: new Map(skills.map((s) => [s.id, predictions[ids.indexOf(s.id)]!])),
    });
    let choice = choose();
    if (!choice) {
      // Every item of every ready skill was seen this session: the app would end the session here.
      session = [];
      choice = choose();
    }
    if (!choice) return null;
    session.push({ skillId: choice.skillId, itemId: choice.itemId, review: false });
    return ids.indexOf(choice.skillId);
  };
}

function runLearner(ctx: Context, policy: Policy, learner: SimulatedLearner, random: () => number): { items: number; posttest: number; done: boolean } {
  const history: { skill: number; correct: boolean }[] = [];
  let day = 0;
  let done = false;
  while (history.length < ctx.config.maxItems) {
    const skill = policy(history);
    if (skill === null) {
      done = true;
      break;
    }
    const inSession = history.length % ctx.config.itemsPerSession;
    if (inSession === 0 && history.length > 0) day += ctx.config.daysBetweenSessions;
    history.push({ skill, correct: learner.answer(skill, day + inSession / 1440, random) });
  }
  const posttestDay = day + 1;
  const posttest = ctx.goal.reduce((sum, g) => sum + learner.probabilityCorrect(g, posttestDay), 0) / ctx.goal.length;
  return { items: history.length, posttest, done };
}

function runPopulation(ctx: Context, population: PopulationConfig, difficulty: Float64Array) {
  const params = { ...DEFAULT_SIMULATOR_PARAMETERS, ...population.parameters };
  const results = {} as Record<PolicyName, { items: number; posttest: number; unfinished: number }>;
  for (const name of POLICIES) {
    let items = 0, posttest = 0, unfinished = 0;
    for (let l = 0; l < population.learners; l++) {
      // The same learner (same draws) under every policy.
      const learner = new SimulatedLearner(ctx.graph, difficulty, params, seededRandom(population.seed * 100_003 + l));
      const random = seededRandom(population.seed * 7_919 + l);
      const policy = name === 'order' ? streakRule(ctx) : name === 'random' ? randomReady(ctx, random) : name === 'bkt' ? bktMastery(ctx) : wayfind(ctx);
      const r = runLearner(ctx, policy, learner, random);
      items += r.items;
      posttest += r.posttest;
      if (!r.done) unfinished++;
    }
    results[name] = { items: items / population.learners, posttest: posttest / population.learners, unfinished };
    console.log(`  ${name.padEnd(6)} items ${results[name].items.toFixed(1).padStart(6)}  post-test ${results[name].posttest.toFixed(3)}  not at goal by ${ctx.config.maxItems}: ${unfinished}`);
  }
  return results;
}

async function main(): Promise<void> {
  const config = args.config ? parsePolicyBenchConfig(JSON.parse(readFileSync(args.config, 'utf8'))) : DEFAULT_POLICY_BENCH_CONFIG;
  const pack = JSON.parse(readFileSync(path.resolve(repoRoot, config.pack), 'utf8')) as { skills: GraphSkill[] };
  const graph = indexSkillGraph(pack);
  const modelDir = path.resolve(repoRoot, config.model);
  const metadata = JSON.parse(readFileSync(path.join(modelDir, 'metadata.json'), 'utf8')) as {
    skillIds: string[]; bkt: BktSkillParams[]; simulator: { trainCohort: { skillSeed?: number } };
  };
  if (metadata.skillIds.join() !== graph.ids.join()) throw new Error(`the model in ${config.model} has other skills than ${config.pack}`);
  let stepper: DktStepper | null = null;
  if (args.predictor === 'dkt') {
    await useWasmBackend();
    const weights = readFileSync(path.join(modelDir, 'weights.bin'));
    stepper = new DktStepper(decodeDktModel(JSON.parse(readFileSync(path.join(modelDir, 'model.json'), 'utf8')), weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength)));
  }
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
  const ctx: Context = { config, graph, goal, curriculum: graph.order.filter((s) => needed.has(s)), bkt: metadata.bkt, stepper };
  // The pack's skill difficulties, drawn as the model's training cohort drew them.
  const skillRandom = seededRandom(metadata.simulator.trainCohort.skillSeed ?? 0);
  const standardDifficulty = Float64Array.from(graph.ids, () => normal(skillRandom));
  console.log(`goal ${config.goal.join(', ')}: ${ctx.curriculum.length} skills; Wayfind policy on ${args.predictor?.toUpperCase()} predictions`);
  const out = [];
  for (const population of config.populations) {
    const params = { ...DEFAULT_SIMULATOR_PARAMETERS, ...population.parameters };
    const difficulty = standardDifficulty.map((d) => d * params.difficultySd);
    console.log(`population ${population.name} (${population.learners} learners)`);
    const r = runPopulation(ctx, population, difficulty);
    const ratio = r.dkt.items / r.bkt.items;
    const met = ratio <= 0.75 && r.dkt.posttest >= r.bkt.posttest - 0.01;
    console.log(`  dkt/bkt items ${ratio.toFixed(3)}, post-test difference ${(r.dkt.posttest - r.bkt.posttest).toFixed(3)}: target ${met ? 'met' : 'NOT met'}`);
    out.push({ name: population.name, dkt_items: round(r.dkt.items), bkt_items: round(r.bkt.items), order_items: round(r.order.items), random_items: round(r.random.items), dkt_posttest: round(r.dkt.posttest), bkt_posttest: round(r.bkt.posttest) });
  }
  console.log(JSON.stringify({ populations: out, predictor: args.predictor, mastered_at: rule.mastered.minPredicted }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

await main();
