/**
 * Placement benchmark: how well the placement check classifies every skill of a pack as mastered
 * or not, and in how many questions, on simulated learners. It runs the settings the app runs
 * (src/app/placement/placement-settings.ts): the pack's shipped calibration, models/packs/<id>/placement.json.
 *
 *   npx tsx bench/placement.ts [--pack content/packs/fractions-3-6.json] [--learners 400] [--seed 1]
 *     [--no-calibration] [--no-skill-noise] [--confidence N] [--max-questions N]
 *     [--criterion accuracy|entropy|information] [--min-gain N] [--ability-spread N] [--choice-items]
 *
 * Learners: models/placement/population.ts, in the simulated world the pack's model was trained
 * in, drawn with streams of their own (seed), never those the calibration was fitted on (seed 1000).
 * Ablations: --no-calibration is what a pack without placement.json gets; --no-skill-noise keeps
 * the calibration's prior but one guess and slip for every skill; --choice-items answers every
 * question as if asked with a choice item (the simulator's guess floor, 0.2), as in the
 * simulator's training cohorts, while the placement still uses the shipped calibration.
 *
 * Ends with one JSON line: {"accuracy": N, "questions_mean": N}
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexSkillGraph } from '../models/simulator/skill-graph.ts';
import { makePlacementLearner, placementAnswerChance, skillDifficulties } from '../models/placement/population.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import { Placement, type PlacementOptions } from '../src/app/placement/placement.ts';
import { parsePlacementCalibration, type PlacementCalibration } from '../src/app/placement/placement-calibration.ts';
import { knowledgeSpaceFor, placementSettings } from '../src/app/placement/placement-settings.ts';
import { placementGuessFloors } from '../src/app/placement/placement-items.ts';
import { trainingWorld, type PackFile } from '../models/placement/calibration.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    pack: { type: 'string', default: 'content/packs/fractions-3-6.json' },
    learners: { type: 'string', default: '400' },
    seed: { type: 'string', default: '1' },
    'no-calibration': { type: 'boolean' },
    'no-skill-noise': { type: 'boolean' },
    confidence: { type: 'string' },
    criterion: { type: 'string' },
    'min-gain': { type: 'string' },
    'max-questions': { type: 'string' },
    'ability-spread': { type: 'string' },
    'choice-items': { type: 'boolean' },
  },
});

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function overrides(calibration: PlacementCalibration | null): Partial<PlacementOptions> {
  const result: Partial<PlacementOptions> = {};
  if (args.confidence) result.confidence = Number(args.confidence);
  if (args['max-questions']) result.maxQuestions = Number(args['max-questions']);
  if (args.criterion) result.criterion = args.criterion as PlacementOptions['criterion'];
  if (args['min-gain']) result.minGain = Number(args['min-gain']);
  if (args['ability-spread']) result.abilitySpread = Number(args['ability-spread']);
  if (args['no-skill-noise'] && calibration) result.noiseBySkill = new Map();
  return result;
}

async function main(): Promise<void> {
  const pack = readJson<PackFile>(path.resolve(repoRoot, args.pack!));
  const graph = indexSkillGraph(pack);
  const world = await trainingWorld(path.join(repoRoot, 'models', 'packs', pack.id));
  const difficulty = skillDifficulties(graph, world.parameters, world.skillSeed);
  // Each answer can be guessed as often as the item placement asks for its skill allows.
  const floors = placementGuessFloors(pack);
  const guessFloors = graph.ids.map((id) => (args['choice-items'] ? world.parameters.guess : floors.get(id) ?? world.parameters.guess));
  const calibration = args['no-calibration']
    ? null
    : parsePlacementCalibration(readJson(path.join(repoRoot, 'models', 'packs', pack.id, 'placement.json')), pack);
  const learners = Number(args.learners);
  const seed = Number(args.seed);
  const space = knowledgeSpaceFor(pack);
  const settings = placementSettings(space, calibration, overrides(calibration));
  console.log(`pack ${pack.id}: ${graph.ids.length} skills, ${space.count} knowledge states${space.exact ? '' : ' (sampled)'}; ${learners} simulated learners, seed ${seed}`);
  console.log(calibration
    ? `calibration: guess ${calibration.guess}, slip ${calibration.slip} (mean over skills), from ${String(calibration.source['learners'])} other learners`
    : 'no calibration: textbook guess and slip, graph-shaped prior');

  const started = performance.now();
  let correctlyClassified = 0, questionsTotal = 0, allRight = 0, knownTotal = 0, baselineRight = 0;
  const questionCounts: number[] = [];
  const learnerAccuracies: number[] = [];
  for (let l = 0; l < learners; l++) {
    // One stream per learner, so every setting meets the same learners with the same luck.
    const random = seededRandom(seed * 1_000_003 + l);
    const learner = makePlacementLearner(graph, difficulty, world.parameters, random);
    const { known } = learner;
    const placement = new Placement(space, settings);
    for (let q = placement.nextQuestion(); q; q = placement.nextQuestion()) {
      const s = graph.ids.indexOf(q.skillId);
      placement.record(q.skillId, random() < placementAnswerChance(learner, s, guessFloors[s]!));
    }
    const mastered = new Set(placement.result().mastered);
    const right = graph.ids.filter((id, s) => mastered.has(id) === known[s]).length;
    correctlyClassified += right;
    learnerAccuracies.push(right / graph.ids.length);
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
  console.log(`mean skills known per learner: ${(knownTotal / learners).toFixed(1)}`);
  // Learners differ far more than skills of one learner do, so the uncertainty is over learners.
  const spread = Math.sqrt(learnerAccuracies.reduce((sum, a) => sum + (a - accuracy) ** 2, 0) / Math.max(1, learners - 1));
  const margin = (1.96 * spread) / Math.sqrt(learners);
  console.log(`accuracy per skill: ${accuracy.toFixed(4)} ± ${margin.toFixed(4)} (95% interval over learners; all skills right for ${((100 * allRight) / learners).toFixed(1)}% of learners)`);
  console.log(`baseline "nothing mastered" accuracy: ${(baselineRight / cells).toFixed(4)}`);
  console.log(`questions: mean ${questionsMean.toFixed(2)}, median ${questionCounts[learners >> 1]}, max ${questionCounts.at(-1)}`);
  console.log(`time: ${((performance.now() - started) / learners).toFixed(0)} ms per placement`);
  console.log(JSON.stringify({ accuracy: round(accuracy), questions_mean: round(questionsMean) }));
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

await main();
