/**
 * Placement benchmark: how well the adaptive diagnostic (src/app/placement.ts) classifies every
 * skill of a pack as mastered or not, and in how many questions, on simulated learners.
 *
 *   npx tsx bench/placement.ts [--pack content/packs/fractions-3-6.json] [--learners 100] [--seed 1]
 *     [--population simulator|guess-slip] [--confidence N] [--max-questions N] [--criterion entropy|accuracy|information] [--min-gain N]
 *     [--no-skill-noise] [--no-prior] [--ability] [--ability-spread N]
 *
 * Learners come from models/simulator (ability, skill difficulty, guessing and slipping). Their
 * prior knowledge is consistent with the graph: each learner practises a prerequisite-closed set
 * of skills, in prerequisite order, until it is retained at 0.9 or more; the other skills keep the
 * simulator's small initial mastery (0 to 0.4). Truth = retained mastery >= 0.5. The set is drawn
 * half the time by "exposure" (a learner-level rate q ~ U(0,1); a skill is known if exposed and all
 * its prerequisites are known) and half the time as a random learning path of random length, so
 * the population does not match the placement's own prior (uniform over knowledge states).
 *
 * Placement shows no feedback, so answers come from the learner's P(correct) without learning.
 * The placement's guess and slip are calibrated on a separate population (seed + 1000): the
 * observed chance of a correct answer on unknown skills (guess) and of a wrong one on known
 * skills (slip), as a pack author would fit them from early data.
 *
 * Ends with one JSON line: {"accuracy": N, "questions_mean": N}
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SimulatedLearner, normal } from '../models/simulator/learner.ts';
import { DEFAULT_SIMULATOR_PARAMETERS } from '../models/simulator/parameters.ts';
import { indexSkillGraph, type IndexedSkillGraph } from '../models/simulator/skill-graph.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import { buildKnowledgeSpace, fitPrior, Placement, type GraphSkill, type PlacementOptions, type ResponseNoise } from '../src/app/placement.ts';
import { abilityNoise } from '../src/app/tutor/ability-noise.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    pack: { type: 'string', default: 'content/packs/fractions-3-6.json' },
    learners: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    confidence: { type: 'string' },
    criterion: { type: 'string' },
    'min-gain': { type: 'string' },
    'max-questions': { type: 'string' },
    // Ablations: one noise level for every skill; no per-skill prior.
    'no-skill-noise': { type: 'boolean' },
    'no-prior': { type: 'boolean' },
    // Ability levels in the placement's belief (off by default: no measured gain, see bench/README.md).
    ability: { type: 'boolean' },
    'ability-spread': { type: 'string' },
    population: { type: 'string', default: 'simulator' },
  },
});

const PLACEMENT_DAY = 0.5;
const params = DEFAULT_SIMULATOR_PARAMETERS;

interface PlacementLearner {
  learner: SimulatedLearner;
  known: boolean[];
}

/**
 * P(correct) on skill s in placement. "simulator": the simulator's full answer model (ability,
 * difficulty, retained mastery, guess floor, slip ceiling). "guess-slip": the simulator's guess
 * and slip only (correct with 1 - slip when known, with guess when not), the textbook
 * knowledge-space setting, to show how much of the error comes from ability differences.
 */
function pCorrect(l: PlacementLearner, s: number): number {
  if (args.population === 'guess-slip') return l.known[s] ? 1 - params.slip : params.guess;
  return l.learner.probabilityCorrect(s, PLACEMENT_DAY);
}

/** A prerequisite-closed set drawn by exposure or by a random learning path (see header). */
function drawKnownSet(graph: IndexedSkillGraph, random: () => number): boolean[] {
  const known = new Array<boolean>(graph.ids.length).fill(false);
  if (random() < 0.5) {
    const exposure = random();
    for (const s of graph.order) known[s] = random() < exposure && graph.prerequisites[s]!.every((p) => known[p]);
    return known;
  }
  const steps = Math.floor(random() * (graph.ids.length + 1));
  for (let step = 0; step < steps; step++) {
    const ready = graph.order.filter((s) => !known[s] && graph.prerequisites[s]!.every((p) => known[p]));
    if (ready.length === 0) break;
    known[ready[Math.floor(random() * ready.length)]!] = true;
  }
  return known;
}

function makeLearner(graph: IndexedSkillGraph, difficulty: Float64Array, random: () => number): PlacementLearner {
  const learner = new SimulatedLearner(graph, difficulty, params, random);
  const target = drawKnownSet(graph, random);
  for (const s of graph.order) {
    if (!target[s]) continue;
    // Practice earlier the same day, in prerequisite order, until the skill is well retained.
    for (let i = 0; i < 200 && learner.retained(s, 0) < 0.9; i++) learner.answer(s, 0, random);
  }
  const known = graph.ids.map((_, s) => learner.retained(s, PLACEMENT_DAY) >= 0.5);
  return { learner, known };
}

interface Calibration {
  noiseBySkill: Map<string, ResponseNoise>;
  priorMastery: Map<string, number>;
  /** Spread of general ability (logits) that best explains the calibration answers. */
  abilitySpread: number;
  guess: number;
  slip: number;
}

/**
 * Per-skill answer noise and base rate of mastery, measured on a separate population: what a
 * pack's fitted model (BKT guess and slip, the DKT's prediction with no history) supplies in the app.
 */
function calibrate(graph: IndexedSkillGraph, difficulty: Float64Array, seed: number): Calibration {
  const random = seededRandom(seed);
  const n = graph.ids.length;
  const unknownCorrect = new Float64Array(n), unknown = new Float64Array(n), knownWrong = new Float64Array(n), known = new Float64Array(n);
  const population = 300;
  // One answer per learner and skill, kept to fit the ability spread below (drawn from a stream of
  // their own, so the fit does not change the calibration population).
  const answerRandom = seededRandom(seed + 1);
  const answers: { known: boolean[]; correct: boolean[] }[] = [];
  for (let l = 0; l < population; l++) {
    const learner = makeLearner(graph, difficulty, random);
    learner.known.forEach((isKnown, s) => {
      const p = pCorrect(learner, s);
      if (isKnown) { known[s]!++; knownWrong[s]! += 1 - p; } else { unknown[s]!++; unknownCorrect[s]! += p; }
    });
    answers.push({ known: learner.known, correct: learner.known.map((_, s) => answerRandom() < pCorrect(learner, s)) });
  }
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  const guess = sum(unknownCorrect) / sum(unknown);
  const slip = sum(knownWrong) / sum(known);
  const noiseBySkill = new Map(graph.ids.map((id, s) => [id, {
    guess: unknown[s]! > 0 ? unknownCorrect[s]! / unknown[s]! : guess,
    slip: known[s]! > 0 ? knownWrong[s]! / known[s]! : slip,
  }]));
  const priorMastery = new Map(graph.ids.map((id, s) => [id, (known[s]! + 1) / (population + 2)]));
  return { noiseBySkill, priorMastery, guess, slip, abilitySpread: fitAbilitySpread([...noiseBySkill.values()], answers) };
}

/**
 * The ability spread with the highest likelihood of the calibration answers, given each
 * learner's knowledge state (a grid search; the same response model as the placement's).
 */
function fitAbilitySpread(noise: ResponseNoise[], answers: { known: boolean[]; correct: boolean[] }[]): number {
  let best = 0, bestLogLikelihood = -Infinity;
  for (let spread = 0; spread <= 3.001; spread += 0.25) {
    const { levels, table } = abilityNoise(noise, spread);
    let logLikelihood = 0;
    for (const { known, correct } of answers) {
      let mixture = 0;
      for (let a = 0; a < levels; a++) {
        let logP = 0;
        known.forEach((isKnown, s) => {
          const p = table[(s * levels + a) * 2 + (isKnown ? 1 : 0)]!;
          logP += Math.log(correct[s] ? p : 1 - p);
        });
        mixture += Math.exp(logP) / levels;
      }
      logLikelihood += Math.log(mixture);
    }
    if (logLikelihood > bestLogLikelihood) {
      bestLogLikelihood = logLikelihood;
      best = spread;
    }
  }
  return best;
}

function main(): void {
  const pack = JSON.parse(readFileSync(path.resolve(repoRoot, args.pack!), 'utf8')) as { id: string; skills: GraphSkill[] };
  const graph = indexSkillGraph(pack);
  const learners = Number(args.learners);
  const seed = Number(args.seed);
  const skillRandom = seededRandom(seed * 7919);
  const difficulty = Float64Array.from(graph.ids, () => normal(skillRandom) * params.difficultySd);
  const noise = calibrate(graph, difficulty, seed + 1000);
  console.log(`pack ${pack.id}: ${graph.ids.length} skills; ${learners} simulated learners (${args.population} answers), seed ${seed}`);
  console.log(`calibrated response noise (mean over skills): guess ${noise.guess.toFixed(3)}, slip ${noise.slip.toFixed(3)}, ability spread ${noise.abilitySpread} logits`);
  const space = buildKnowledgeSpace(pack.skills);
  const options: Partial<PlacementOptions> = {
    guess: noise.guess,
    slip: noise.slip,
    ...(args['no-skill-noise'] ? {} : { noiseBySkill: noise.noiseBySkill }),
    ...(args['no-prior'] ? {} : { prior: fitPrior(space, noise.priorMastery) }),
    ...(args.ability || args['ability-spread'] ? { abilitySpread: args['ability-spread'] ? Number(args['ability-spread']) : noise.abilitySpread } : {}),
    ...(args.confidence ? { confidence: Number(args.confidence) } : {}),
    ...(args.criterion ? { criterion: args.criterion as PlacementOptions['criterion'] } : {}),
    ...(args['min-gain'] ? { minGain: Number(args['min-gain']) } : {}),
    ...(args['max-questions'] ? { maxQuestions: Number(args['max-questions']) } : {}),
  };

  const started = performance.now();
  let correctlyClassified = 0, questionsTotal = 0, allRight = 0, knownTotal = 0, baselineRight = 0;
  const questionCounts: number[] = [];
  for (let l = 0; l < learners; l++) {
    // One stream per learner, so every option setting meets the same learners.
    const random = seededRandom(seed * 1_000_003 + l);
    const learner = makeLearner(graph, difficulty, random);
    const { known } = learner;
    const placement = new Placement(space, options);
    for (let q = placement.nextQuestion(); q; q = placement.nextQuestion()) {
      const s = graph.ids.indexOf(q.skillId);
      placement.record(q.skillId, random() < pCorrect(learner, s));
    }
    const mastered = new Set(placement.result().mastered);
    const right = graph.ids.filter((id, s) => mastered.has(id) === known[s]).length;
    correctlyClassified += right;
    if (right === graph.ids.length) allRight++;
    knownTotal += known.filter(Boolean).length;
    baselineRight += known.filter((k) => !k).length;
    questionsTotal += placement.questionsAsked;
    questionCounts.push(placement.questionsAsked);
  }
  const cells = learners * graph.ids.length;
  const accuracy = correctlyClassified / cells;
  const questionsMean = questionsTotal / learners;
  questionCounts.sort((a, b) => a - b);
  console.log(`knowledge states: ${space.count}${space.exact ? '' : ' (sampled)'}; mean skills known per learner: ${(knownTotal / learners).toFixed(1)}`);
  console.log(`accuracy per skill: ${accuracy.toFixed(4)} (all skills right for ${((100 * allRight) / learners).toFixed(1)}% of learners)`);
  console.log(`baseline "nothing mastered" accuracy: ${(baselineRight / cells).toFixed(4)}`);
  console.log(`questions: mean ${questionsMean.toFixed(2)}, median ${questionCounts[learners >> 1]}, max ${questionCounts.at(-1)}`);
  console.log(`time: ${((performance.now() - started) / learners).toFixed(0)} ms per placement`);
  console.log(JSON.stringify({ accuracy: round(accuracy), questions_mean: round(questionsMean) }));
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

main();
