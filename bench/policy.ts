/**
 * Practice-policy benchmark: simulated learners work toward a goal, without placement, under four
 * policies; per policy the mean items to reach the goal and the post-test accuracy on the goal.
 *
 *   npx tsx bench/policy.ts [--config FILE] [--learners N] [--max-gain G]
 *     (config format: bench/README.md and bench/policy-config.ts; examples in bench/policy-configs/)
 *
 * - order: the goal's skills in prerequisite order, each until 3 correct answers in a row.
 * - random: a random ready skill (prerequisites done by the same 3-in-a-row rule) each time.
 * - bkt: standard mastery learning (Corbett & Anderson 1995, as in OATutor): each skill in
 *   prerequisite order until its BKT P(known) >= 0.95, then the next. BKT is fitted by EM (guess
 *   and slip <= 0.3) on logged practice of the SAME population (see `loggedPractice`): the
 *   baseline gets a model of exactly the learners it teaches.
 * - dkt: Wayfind's policy (src/app/practice/tutor-policy.ts) on the pack's trained DKT predictions; a
 *   skill's level follows the app's evidence rule (src/app/practice/mastery.ts). The DKT was trained once, on the default
 *   population only; it is not refitted per population.
 *
 * "Reaching the goal" means the same for every policy: the policy's own mastery criterion says
 * every goal skill is mastered (3 in a row; P(known) >= 0.95; level "mastered"). None of them sees
 * the learner's true knowledge. "Items" counts answers until then (maxItems if never). The
 * post-test then checks whether the claim was premature: the learner's TRUE mean P(correct) on the
 * goal skills one day later (simulated knowledge, including forgetting).
 *
 * Ends with one JSON line: {"populations": [{"name", "dkt_items", "bkt_items", "order_items",
 * "random_items", "dkt_posttest", "bkt_posttest"}]}
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SimulatedLearner, normal } from '../models/simulator/learner.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from '../models/simulator/parameters.ts';
import { indexSkillGraph, type IndexedSkillGraph } from '../models/simulator/skill-graph.ts';
import { useWasmBackend } from '../models/wasm-backend.ts';
import type { MasteryLevel } from '../src/data/records.ts';
import { updateKnown, type BktSkillParams } from '../src/ml/bkt/bkt.ts';
import { fitBkt } from '../src/ml/bkt/fit-em.ts';
import type { Sequence } from '../src/ml/datasets/sequence.ts';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import { DEFAULT_ESTIMATE_LINE, nextLevel, summariseEvidence, type PracticeAnswer } from '../src/app/practice/mastery.ts';
import type { GraphSkill } from '../src/app/placement/placement.ts';
import { chooseNextItem } from '../src/app/practice/tutor-policy.ts';
import { DEFAULT_POLICY_BENCH_CONFIG, parsePolicyBenchConfig, type PolicyBenchConfig, type PopulationConfig } from './policy-config.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    config: { type: 'string' },
    learners: { type: 'string' },
  },
});
const POLICIES = ['order', 'random', 'bkt', 'dkt'] as const;
type PolicyName = (typeof POLICIES)[number];
/** BKT mastery learning's threshold on P(known), as in the literature and OATutor. */
const BKT_MASTERY = 0.95;

/** What a policy sees: the answers so far; it returns a skill index, or null when the goal is reached. */
type Policy = (history: readonly { skill: number; correct: boolean }[]) => number | null;

interface Context {
  config: PolicyBenchConfig;
  graph: IndexedSkillGraph;
  /** The goal skills and their prerequisites, in prerequisite order. */
  curriculum: number[];
  goal: number[];
  stepper: DktStepper;
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

/** Standard BKT mastery learning: the first curriculum skill below P(known) 0.95. */
function bktMastery(ctx: Context, bkt: readonly BktSkillParams[]): Policy {
  const known = bkt.map((p) => p.prior);
  let seen = 0;
  return (history) => {
    for (; seen < history.length; seen++) {
      const h = history[seen]!;
      known[h.skill] = updateKnown(bkt[h.skill]!, known[h.skill]!, h.correct);
    }
    return ctx.curriculum.find((s) => known[s]! < BKT_MASTERY) ?? null;
  };
}

/** Wayfind's tutor policy and mastery rule, fed by DKT predictions after each answer. */
function wayfind(ctx: Context): Policy {
  const ids = ctx.graph.ids;
  const { stepper } = ctx;
  const skills: GraphSkill[] = ctx.curriculum.map((s) => ({ id: ids[s]!, prerequisites: ctx.graph.prerequisites[s]!.map((p) => ids[p]!) }));
  const itemsBySkill = new Map(skills.map((s) => [s.id, Array.from({ length: ctx.config.itemsPerSkill }, (_, k) => `${s.id}#${k}`)]));
  const levels = new Map<string, MasteryLevel>();
  const answers = new Map<string, PracticeAnswer[]>();
  let state = stepper.initialState();
  let predictions = stepper.predict(state);
  let session: { skillId: string; itemId: string; review: boolean }[] = [];
  let seen = 0;
  return (history) => {
    for (; seen < history.length; seen++) {
      const h = history[seen]!;
      ({ state, predictions } = stepper.step(state, h.skill, h.correct));
      const id = ids[h.skill]!;
      const list = answers.get(id) ?? [];
      list.push({ skillId: id, itemId: session.at(-1)!.itemId, correct: h.correct, hintsUsed: 0, sessionId: `s${Math.floor(seen / ctx.config.itemsPerSession)}` });
      answers.set(id, list);
      const previous = levels.get(id) ?? 'not-started';
      // The app's evidence rule (src/app/practice/mastery.ts), with the default estimate line.
      const step = nextLevel({ previous, previousPlaced: false, correct: h.correct, review: false, evidence: summariseEvidence(list), estimate: predictions[h.skill]!, line: DEFAULT_ESTIMATE_LINE });
      levels.set(id, step.level);
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

function runLearner(ctx: Context, policy: Policy, learner: SimulatedLearner, random: () => number): { items: number; posttest: number; done: boolean; history: { skill: number; correct: boolean }[] } {
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
  return { items: history.length, posttest, done, history };
}

/**
 * The data a BKT tutor is fitted on: other learners of the same population (their own seed)
 * practising the curriculum with a simple tutor, like the simulator's training cohorts: mostly one
 * of the first three curriculum skills not yet answered correctly three times in a row, a quarter
 * of the time a review of a practised skill, sessions of `itemsPerSession`, 12 sessions each.
 */
function loggedPractice(ctx: Context, params: SimulatorParameters, difficulty: Float64Array, seed: number, learners = 300): Sequence[] {
  const random = seededRandom(seed);
  const sequences: Sequence[] = [];
  for (let l = 0; l < learners; l++) {
    const learner = new SimulatedLearner(ctx.graph, difficulty, params, random);
    const streak = new Int32Array(ctx.graph.ids.length);
    const practised: number[] = [];
    const skills: number[] = [], correct: number[] = [];
    for (let session = 0; session < 12; session++) {
      for (let i = 0; i < ctx.config.itemsPerSession; i++) {
        const frontier = ctx.curriculum.filter((s) => streak[s]! < 3).slice(0, 3);
        const review = practised.length > 0 && (frontier.length === 0 || random() < 0.25);
        const skill = review ? practised[Math.floor(random() * practised.length)]! : frontier[Math.floor(random() * frontier.length)]!;
        const ok = learner.answer(skill, session * ctx.config.daysBetweenSessions + i / 1440, random);
        streak[skill] = ok ? streak[skill]! + 1 : 0;
        if (!practised.includes(skill)) practised.push(skill);
        skills.push(skill);
        correct.push(ok ? 1 : 0);
      }
    }
    sequences.push({ skills: Int32Array.from(skills), correct: Uint8Array.from(correct) });
  }
  return sequences;
}

function runPopulation(ctx: Context, population: PopulationConfig, difficulty: Float64Array) {
  const params = { ...DEFAULT_SIMULATOR_PARAMETERS, ...population.parameters };
  const bkt = fitBkt(loggedPractice(ctx, params, difficulty, population.seed * 31 + 17), ctx.graph.ids.length).skills;
  console.log('  fitted BKT (prior/learn/guess/slip): ' + ctx.curriculum.map((s) => {
    const p = bkt[s]!;
    return `${ctx.graph.ids[s]} ${[p.prior, p.learn, p.guess, p.slip].map((x) => x.toFixed(2)).join('/')}`;
  }).join('; '));
  const learners = args.learners ? Number(args.learners) : population.learners;
  const results = {} as Record<PolicyName, { items: number; posttest: number; unfinished: number; perLearner: { items: number; done: boolean }[] }>;
  for (const name of POLICIES) {
    let items = 0, posttest = 0, unfinished = 0;
    const perSkill = new Float64Array(ctx.graph.ids.length);
    const perLearner: { items: number; done: boolean }[] = [];
    for (let l = 0; l < learners; l++) {
      // The same learner (same draws) under every policy.
      const learner = new SimulatedLearner(ctx.graph, difficulty, params, seededRandom(population.seed * 100_003 + l));
      const random = seededRandom(population.seed * 7_919 + l);
      const policy = name === 'order' ? streakRule(ctx) : name === 'random' ? randomReady(ctx, random) : name === 'bkt' ? bktMastery(ctx, bkt) : wayfind(ctx);
      const r = runLearner(ctx, policy, learner, random);
      items += r.items;
      posttest += r.posttest;
      if (!r.done) unfinished++;
      for (const h of r.history) perSkill[h.skill]! += 1 / learners;
      perLearner.push({ items: r.items, done: r.done });
    }
    results[name] = { items: items / learners, posttest: posttest / learners, unfinished, perLearner };
    console.log(`  ${name.padEnd(6)} items ${results[name].items.toFixed(1).padStart(6)}  post-test ${results[name].posttest.toFixed(3)}  not at goal by ${ctx.config.maxItems}: ${unfinished}; per skill ${ctx.curriculum.map((s) => perSkill[s]!.toFixed(1)).join(' ')}`);
  }
  return results;
}

async function main(): Promise<void> {
  const config = args.config ? parsePolicyBenchConfig(JSON.parse(readFileSync(args.config, 'utf8'))) : DEFAULT_POLICY_BENCH_CONFIG;
  const pack = JSON.parse(readFileSync(path.resolve(repoRoot, config.pack), 'utf8')) as { skills: GraphSkill[] };
  const graph = indexSkillGraph(pack);
  const modelDir = path.resolve(repoRoot, config.model);
  const metadata = JSON.parse(readFileSync(path.join(modelDir, 'metadata.json'), 'utf8')) as {
    skillIds: string[]; simulator: { trainCohort: { skillSeed?: number } };
  };
  if (metadata.skillIds.join() !== graph.ids.join()) throw new Error(`the model in ${config.model} has other skills than ${config.pack}`);
  await useWasmBackend();
  const weights = readFileSync(path.join(modelDir, 'weights.bin'));
  const stepper = new DktStepper(decodeDktModel(JSON.parse(readFileSync(path.join(modelDir, 'model.json'), 'utf8')), weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength)));
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
  const ctx: Context = { config, graph, goal, curriculum: graph.order.filter((s) => needed.has(s)), stepper };
  // The pack's skill difficulties, drawn as the model's training cohort drew them.
  const skillRandom = seededRandom(metadata.simulator.trainCohort.skillSeed ?? 0);
  const standardDifficulty = Float64Array.from(graph.ids, () => normal(skillRandom));
  console.log(`goal ${config.goal.join(", ")}: ${ctx.curriculum.length} skills; mastery by the app's evidence rule (src/app/practice/mastery.ts)`);
  const out = [];
  for (const population of config.populations) {
    const params = { ...DEFAULT_SIMULATOR_PARAMETERS, ...population.parameters };
    const difficulty = standardDifficulty.map((d) => d * params.difficultySd);
    console.log(`population ${population.name} (${args.learners ?? population.learners} learners)`);
    const r = runPopulation(ctx, population, difficulty);
    const ratio = r.dkt.items / r.bkt.items;
    const met = ratio <= 0.75 && r.dkt.posttest >= r.bkt.posttest - 0.01;
    // A learner not at the goal by maxItems counts as maxItems (wheel-spinning is a real cost), which
    // favours whichever policy leaves fewer unfinished; so also compare on learners both finished.
    const both = r.dkt.perLearner.flatMap((d, l) => (d.done && r.bkt.perLearner[l]!.done ? [[d.items, r.bkt.perLearner[l]!.items]] : []));
    const finishedRatio = both.reduce((sum, [d]) => sum + d!, 0) / Math.max(1, both.reduce((sum, [, b]) => sum + b!, 0));
    console.log(`  on the ${both.length} learners both dkt and bkt brought to the goal: dkt/bkt items ${finishedRatio.toFixed(3)}`);
    console.log(`  dkt/bkt items ${ratio.toFixed(3)}, post-test difference ${(r.dkt.posttest - r.bkt.posttest).toFixed(3)}: target ${met ? 'met' : 'NOT met'}`);
    out.push({ name: population.name, dkt_items: round(r.dkt.items), bkt_items: round(r.bkt.items), order_items: round(r.order.items), random_items: round(r.random.items), dkt_posttest: round(r.dkt.posttest), bkt_posttest: round(r.bkt.posttest) });
  }
  console.log(JSON.stringify({ populations: out }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

await main();
