/**
 * The recipe of the shipped pack models, shared by models/train-pack-models.ts (which writes
 * them), models/tune-dkt-plus.ts (which chose the DKT+ weights on validation learners) and
 * bench/kt-packs.ts (which reports on them): the pack's skill graph, the training and test
 * cohorts, and the hyperparameters.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Sequence } from '../src/ml/datasets/sequence.ts';
import { cohortSequences, simulateCohort, type Cohort, type CohortOptions } from '../src/ml/simulator/cohort.ts';
import type { SkillGraph } from '../src/ml/simulator/skill-graph.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from '../src/ml/simulator/parameters.ts';
import { DEFAULT_HYPERPARAMETERS, type KtHyperparameters } from './kt-run.ts';
import { simulateAppLikeCohort, type AppLikeCohortOptions } from './simulator/app-like-cohort.ts';

export interface PackGraph extends SkillGraph {
  readonly id: string;
  readonly version: string;
}

/** Small network: a pack has tens of skills, the weights stay ~50 KB and a step stays cheap. */
export const PACK_HYPERPARAMETERS: KtHyperparameters = {
  ...DEFAULT_HYPERPARAMETERS,
  hiddenUnits: 32,
  epochs: 12,
  learningRate: 0.01,
  windowLength: 100,
  dropout: 0.2,
};

/** DKT+ weights of the pack models (defined beside the loss, so the browser worker uses them too). */
export { PACK_DKT_PLUS } from '../src/ml/dkt/dkt-plus.ts';

/** Today's cohort (the simulator's frontier policy) and the app-like one, train and test. */
export const TRAIN_COHORT: Partial<CohortOptions> = { learners: 600, sessions: 16, seed: 1, skillSeed: 0 };
export const TEST_COHORT: Partial<CohortOptions> = { learners: 200, sessions: 16, seed: 2, skillSeed: 0 };
export const TRAIN_APP_LIKE: Partial<AppLikeCohortOptions> = { learners: 400, sessions: 14, seed: 101, skillSeed: 0 };
export const TEST_APP_LIKE: Partial<AppLikeCohortOptions> = { learners: 200, sessions: 14, seed: 102, skillSeed: 0 };
/**
 * App-like learners from wider populations. With the simulator's default spread of ability
 * (1 logit), a near-perfect record is so rare in training that the model stays unsure of a learner
 * who has answered everything right: after ten right answers in a row on a new skill it still
 * said 0.75 on some Spreadsheet skills, so an able learner needed 70-85 answers for the first
 * credential. Real users include adults who know much of a pack already. So the training adds:
 * - a wide-ability cohort (spread 2 logits): strong and weak learners both;
 * - an able cohort (ability 2 logits above the default mean, spread 0.5).
 * Their test figures are the frontier and app-like test cohorts, as before (default population).
 */
export const TRAIN_WIDE_COHORTS: readonly { cohort: Partial<AppLikeCohortOptions>; parameters: Partial<SimulatorParameters> }[] = [
  { cohort: { learners: 300, sessions: 14, seed: 201, skillSeed: 0 }, parameters: { abilitySd: 2 } },
  { cohort: { learners: 150, sessions: 14, seed: 301, skillSeed: 0 }, parameters: { abilityMean: 2, abilitySd: 0.5 } },
];

export async function readPackGraphs(packsDir: string, only?: string): Promise<PackGraph[]> {
  const files = (await readdir(packsDir)).filter((name) => name.endsWith('.json')).sort();
  const packs: PackGraph[] = [];
  for (const file of files) {
    const pack = JSON.parse(await readFile(path.join(packsDir, file), 'utf8')) as PackGraph;
    if (only && pack.id !== only) continue;
    packs.push({ id: pack.id, version: pack.version, skills: pack.skills.map(({ id, prerequisites }) => ({ id, prerequisites })) });
  }
  return packs;
}

export interface PackCohorts {
  readonly skillIds: readonly string[];
  /** Training learners of both kinds, today's first. */
  readonly train: Sequence[];
  readonly tests: { readonly name: 'frontier' | 'app-like'; readonly cohort: Cohort }[];
}

/**
 * `appLike: false` reproduces the models shipped before the app-like cohort, `widePopulations:
 * false` those before the wide-ability and able cohorts (for comparison).
 */
export function packCohorts(graph: SkillGraph, options: { appLike?: boolean; widePopulations?: boolean; trainLearners?: number } = {}): PackCohorts {
  const frontier = simulateCohort(graph, { ...TRAIN_COHORT, ...(options.trainLearners ? { learners: options.trainLearners } : {}) });
  const train = cohortSequences(frontier);
  if (options.appLike !== false) train.push(...cohortSequences(simulateAppLikeCohort(graph, TRAIN_APP_LIKE)));
  if (options.appLike !== false && options.widePopulations !== false) {
    for (const { cohort, parameters } of TRAIN_WIDE_COHORTS) {
      train.push(...cohortSequences(simulateAppLikeCohort(graph, cohort, { ...DEFAULT_SIMULATOR_PARAMETERS, ...parameters })));
    }
  }
  return {
    skillIds: frontier.skillIds,
    train,
    tests: [
      { name: 'frontier', cohort: simulateCohort(graph, TEST_COHORT) },
      { name: 'app-like', cohort: simulateAppLikeCohort(graph, TEST_APP_LIKE) },
    ],
  };
}
