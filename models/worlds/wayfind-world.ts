/**
 * The "wayfind" world: the simulator the pack models are trained on (models/simulator), with
 * its continuous mastery, prerequisite gating, forgetting, guessing and slipping. The skill
 * difficulties come from `skillSeed`; a benchmark passes a seed the model never saw, so the DKT
 * meets its own kind of learner on skills it does not know the difficulty of.
 */
import { SimulatedLearner, normal } from '../simulator/learner.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from '../simulator/parameters.ts';
import type { IndexedSkillGraph } from '../simulator/skill-graph.ts';
import { seededRandom } from '../../src/ml/seeded-random.ts';
import type { World } from './world.ts';

export const WAYFIND_WORLD_DEFAULTS: SimulatorParameters = DEFAULT_SIMULATOR_PARAMETERS;

/** Skill difficulties as the simulator's cohorts draw them: standard normal, scaled by difficultySd. */
export function wayfindDifficulties(graph: IndexedSkillGraph, skillSeed: number, difficultySd: number): Float64Array {
  const random = seededRandom(skillSeed);
  return Float64Array.from(graph.ids, () => normal(random) * difficultySd);
}

export function wayfindWorld(graph: IndexedSkillGraph, skillSeed: number, overrides: Partial<SimulatorParameters>): World {
  const params: SimulatorParameters = { ...DEFAULT_SIMULATOR_PARAMETERS, ...overrides };
  const difficulty = wayfindDifficulties(graph, skillSeed, params.difficultySd);
  return {
    kind: 'wayfind',
    newLearner: (random) => new SimulatedLearner(graph, difficulty, params, random),
    describe: () => ({ title: `wayfind simulator, skill seed ${skillSeed} (difficulty)`, perSkill: Array.from(difficulty, (d) => d.toFixed(2)) }),
  };
}
