/**
 * The config of `bench/policy.ts` (`--config FILE`, JSON). Every field is optional:
 *
 * {
 *   "pack": "content/packs/fractions-3-6.json",   // a pack, or any {"skills":[{"id","prerequisites"}]}, repo-relative
 *   "model": "models/packs/fractions-3-6",         // trained pack model (model.json, weights.bin, metadata.json)
 *   "goal": ["add-unlike"],                        // goal skills; practice covers them and their prerequisites
 *   "maxItems": 400,                               // a learner not at the goal by then counts as this many
 *   "itemsPerSession": 15, "daysBetweenSessions": 1, "itemsPerSkill": 6,
 *   "populations": [                               // simulated learners (models/simulator/parameters.ts)
 *     {"name": "default", "learners": 40, "seed": 1, "parameters": {"learnFromCorrect": 0.25}}
 *   ]
 * }
 *
 * Skill difficulties come from the model's training cohort (metadata.simulator.trainCohort.skillSeed)
 * so the DKT meets the pack it was trained on; "parameters" overrides the simulator's defaults.
 */
import type { SimulatorParameters } from '../models/simulator/parameters.ts';

export interface PopulationConfig {
  name: string;
  learners: number;
  seed: number;
  parameters: Partial<SimulatorParameters>;
}

export interface PolicyBenchConfig {
  pack: string;
  model: string;
  goal: string[];
  maxItems: number;
  itemsPerSession: number;
  daysBetweenSessions: number;
  itemsPerSkill: number;
  populations: PopulationConfig[];
}

export const DEFAULT_POLICY_BENCH_CONFIG: PolicyBenchConfig = {
  pack: 'content/packs/fractions-3-6.json',
  model: 'models/packs/fractions-3-6',
  goal: ['add-unlike'],
  maxItems: 400,
  itemsPerSession: 15,
  daysBetweenSessions: 1,
  itemsPerSkill: 6,
  populations: [
    { name: 'default', learners: 40, seed: 1, parameters: {} },
    { name: 'slow-learners', learners: 40, seed: 2, parameters: { learnFromCorrect: 0.15, learnFromWrong: 0.07, abilitySd: 1.3 } },
    { name: 'some-prior-knowledge', learners: 40, seed: 3, parameters: { maxInitialMastery: 0.7 } },
  ],
};

/** Reads a config, naming the field that is wrong rather than failing later. */
export function parsePolicyBenchConfig(json: unknown): PolicyBenchConfig {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('the policy bench config must be a JSON object');
  const config = { ...DEFAULT_POLICY_BENCH_CONFIG, ...(json as Partial<PolicyBenchConfig>) };
  if (!Array.isArray(config.goal) || config.goal.some((g) => typeof g !== 'string')) throw new Error('"goal" must be a list of skill ids');
  for (const key of ['maxItems', 'itemsPerSession', 'daysBetweenSessions', 'itemsPerSkill'] as const) {
    if (!(typeof config[key] === 'number' && config[key] > 0)) throw new Error(`"${key}" must be a positive number`);
  }
  if (!Array.isArray(config.populations) || config.populations.length === 0) throw new Error('"populations" must be a non-empty list');
  config.populations.forEach((p, i) => {
    if (typeof p.name !== 'string' || !(p.learners > 0) || typeof p.seed !== 'number') {
      throw new Error(`populations[${i}] needs "name", "learners" > 0 and "seed"`);
    }
    p.parameters ??= {};
  });
  return config;
}
