/**
 * The simulated learners a placement check meets, shared by the calibration CLI
 * (models/placement/calibrate.ts) and the benchmark (bench/placement.ts).
 *
 * Learners come from the DKT simulator (ability, skill difficulty, guessing and slipping) on the
 * pack's graph, with the skill difficulties of the cohort the pack's model was trained on. Their
 * prior knowledge is consistent with the graph: each learner practises a prerequisite-closed set
 * of skills, in prerequisite order, until it is retained at 0.9 or more; the other skills keep
 * the simulator's small initial mastery (0 to 0.4). Truth = retained mastery >= 0.5. The set is
 * drawn half the time by "exposure" (a learner-level rate q ~ U(0,1); a skill is known if exposed
 * and all its prerequisites are known) and half the time as a random learning path of random
 * length, so the population does not match the placement's prior (a maximum-entropy fit).
 *
 * Placement shows no feedback, so answers come from the learner's P(correct) without learning,
 * with the guessing floor of the item placement asks (a typed answer cannot be guessed; the
 * simulator's own floor, 0.2, stands for the choice items of its training cohorts).
 */
import { SimulatedLearner, normal } from '../../src/ml/simulator/learner.ts';
import type { SimulatorParameters } from '../../src/ml/simulator/parameters.ts';
import type { IndexedSkillGraph } from '../../src/ml/simulator/skill-graph.ts';
import { seededRandom } from '../../src/ml/seeded-random.ts';

/** Placement happens half a day after the learner's earlier practice. */
export const PLACEMENT_DAY = 0.5;

export interface PlacementLearner {
  learner: SimulatedLearner;
  /** Truth, by skill index of the indexed graph. */
  known: boolean[];
}

/** The skills' difficulties as simulateCohort draws them for `skillSeed`. */
export function skillDifficulties(graph: IndexedSkillGraph, params: SimulatorParameters, skillSeed: number): Float64Array {
  const skillRandom = seededRandom(skillSeed);
  return Float64Array.from(graph.ids, () => normal(skillRandom) * params.difficultySd);
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

export function makePlacementLearner(graph: IndexedSkillGraph, difficulty: Float64Array, params: SimulatorParameters, random: () => number): PlacementLearner {
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

/**
 * P(correct) on skill s (index in the indexed graph) during placement, asked with an item whose
 * blind-guess chance is `guessFloor` (placement-items.ts: typed answers 0, three choices 1/3).
 */
export function placementAnswerChance(l: PlacementLearner, s: number, guessFloor: number): number {
  return l.learner.probabilityCorrect(s, PLACEMENT_DAY, guessFloor);
}

export interface MeasuredNoise {
  /** Per skill index: P(correct | not mastered), P(wrong | mastered), share mastered. */
  guess: Float64Array;
  slip: Float64Array;
  mastered: Float64Array;
  meanGuess: number;
  meanSlip: number;
}

/**
 * Each skill's answer noise and base rate of mastery over `learners` simulated learners: the
 * expected chances (not sampled answers), with add-one smoothing on the base rate so no skill
 * is ever certain.
 */
export function measurePopulation(
  graph: IndexedSkillGraph,
  difficulty: Float64Array,
  params: SimulatorParameters,
  guessFloors: Float64Array,
  learners: number,
  seed: number,
): MeasuredNoise {
  const random = seededRandom(seed);
  const n = graph.ids.length;
  const unknownCorrect = new Float64Array(n), unknown = new Float64Array(n), knownWrong = new Float64Array(n), known = new Float64Array(n);
  for (let l = 0; l < learners; l++) {
    const learner = makePlacementLearner(graph, difficulty, params, random);
    learner.known.forEach((isKnown, s) => {
      const p = placementAnswerChance(learner, s, guessFloors[s]!);
      if (isKnown) { known[s]!++; knownWrong[s]! += 1 - p; } else { unknown[s]!++; unknownCorrect[s]! += p; }
    });
  }
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  const meanGuess = sum(unknownCorrect) / sum(unknown);
  const meanSlip = sum(knownWrong) / sum(known);
  return {
    guess: Float64Array.from(graph.ids, (_, s) => (unknown[s]! > 0 ? unknownCorrect[s]! / unknown[s]! : meanGuess)),
    slip: Float64Array.from(graph.ids, (_, s) => (known[s]! > 0 ? knownWrong[s]! / known[s]! : meanSlip)),
    mastered: Float64Array.from(graph.ids, (_, s) => (known[s]! + 1) / (learners + 2)),
    meanGuess,
    meanSlip,
  };
}
