/**
 * A pack's placement calibration fitted on simulated learners (see calibrate.ts for the CLI and
 * population.ts for the learners). Kept apart from the CLI so tests can check that the shipped
 * placement.json is what this code fits today.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildKnowledgeSpace, fitPriorWithLogOdds, type GraphSkill } from '../../src/app/placement/knowledge-space.ts';
import { PLACEMENT_CALIBRATION_KIND, type PlacementCalibration } from '../../src/app/placement/placement-calibration.ts';
import { placementGuessFloors } from '../../src/app/placement/placement-items.ts';
import type { Pack } from '../../src/content/index.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from '../../src/ml/simulator/parameters.ts';
import { indexSkillGraph } from '../../src/ml/simulator/skill-graph.ts';
import { measurePopulation, skillDifficulties } from './population.ts';

export type PackFile = Pick<Pack, 'id' | 'version' | 'items' | 'generators'> & { skills: GraphSkill[] };

export interface TrainingWorld {
  parameters: SimulatorParameters;
  skillSeed: number;
}

/** The simulator the pack's model was trained in, from its metadata.json. */
export async function trainingWorld(modelDir: string): Promise<TrainingWorld> {
  const metadata = JSON.parse(await readFile(path.join(modelDir, 'metadata.json'), 'utf8')) as {
    simulator?: { parameters?: Partial<SimulatorParameters>; trainCohort?: { skillSeed?: number } };
  };
  return {
    parameters: { ...DEFAULT_SIMULATOR_PARAMETERS, ...metadata.simulator?.parameters },
    skillSeed: metadata.simulator?.trainCohort?.skillSeed ?? 0,
  };
}

/** Fits one pack's calibration. */
export function calibratePack(pack: PackFile, world: TrainingWorld, learners: number, seed: number): PlacementCalibration {
  const graph = indexSkillGraph(pack);
  const difficulty = skillDifficulties(graph, world.parameters, world.skillSeed);
  const floors = placementGuessFloors(pack);
  const guessFloors = Float64Array.from(graph.ids, (id) => floors.get(id) ?? world.parameters.guess);
  const measured = measurePopulation(graph, difficulty, world.parameters, guessFloors, learners, seed);
  const space = buildKnowledgeSpace(pack.skills);
  const mastered = new Map(graph.ids.map((id, s) => [id, measured.mastered[s]!]));
  const { logOdds } = fitPriorWithLogOdds(space, mastered);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    kind: PLACEMENT_CALIBRATION_KIND,
    packId: pack.id,
    packVersion: pack.version,
    guess: round(measured.meanGuess),
    slip: round(measured.meanSlip),
    skills: Object.fromEntries(graph.ids.map((id, s) => [id, {
      guess: round(measured.guess[s]!),
      slip: round(measured.slip[s]!),
      mastered: round(measured.mastered[s]!),
      logOdds: round(logOdds[space.ids.indexOf(id)]!),
    }])),
    source: { simulator: world.parameters, skillSeed: world.skillSeed, seed, learners, space: { states: space.count, exact: space.exact } },
    createdAt: new Date().toISOString(),
  };
}

