/**
 * The config of `bench/policy.ts` (`--config FILE`, JSON). Every field is optional:
 *
 * {
 *   "pack": "content/packs/fractions-3-6.json",   // a pack, or any {"skills":[{"id","prerequisites"}]}, repo-relative
 *   "model": "models/packs/fractions-3-6",         // trained pack model (model.json, weights.bin, metadata.json)
 *   "goal": ["add-unlike"],                        // goal skills; practice covers them and their prerequisites
 *   "maxItems": 400,                               // a learner not at the goal by then counts as this many
 *   "itemsPerSession": 15, "daysBetweenSessions": 1, "itemsPerSkill": 6,
 *   "populations": [                               // simulated learners, each in a world (models/worlds)
 *     {"name": "default", "learners": 40, "seed": 1, "world": "wayfind", "skillSeed": 1001,
 *      "parameters": {"learnFromCorrect": 0.25}}
 *   ]
 * }
 *
 * "world" is "wayfind" (the default: the simulator the pack model was trained on), "bkt" or "pfa";
 * "parameters" overrides that world's defaults (models/worlds/*-world.ts). "skillSeed" draws the
 * skills' own parameters; by default a seed the pack model never saw (DEFAULT_SKILL_SEED).
 */
import { checkWorldParameters, WORLD_KINDS, type WorldKind } from '../models/worlds/world.ts';

/** Not the skill seed of any shipped model's training or test cohort (they use 0). */
export const DEFAULT_SKILL_SEED = 1001;

export interface PopulationConfig {
  name: string;
  learners: number;
  seed: number;
  world: WorldKind;
  skillSeed: number;
  parameters: Record<string, number>;
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

const population = (name: string, seed: number, world: WorldKind, parameters: Record<string, number> = {}): PopulationConfig =>
  ({ name, learners: 40, seed, world, skillSeed: DEFAULT_SKILL_SEED, parameters });

/** The default run: every world, two or three populations in each. */
export const DEFAULT_POLICY_BENCH_CONFIG: PolicyBenchConfig = {
  pack: 'content/packs/fractions-3-6.json',
  model: 'models/packs/fractions-3-6',
  goal: ['add-unlike'],
  maxItems: 400,
  itemsPerSession: 15,
  daysBetweenSessions: 1,
  itemsPerSkill: 6,
  populations: [
    population('default', 1, 'wayfind'),
    population('slow-learners', 2, 'wayfind', { learnFromCorrect: 0.15, learnFromWrong: 0.07, abilitySd: 1.3 }),
    population('some-prior-knowledge', 3, 'wayfind', { maxInitialMastery: 0.7 }),
    population('default', 11, 'bkt'),
    population('slow-forgetful', 12, 'bkt', { learnMean: 0.1, forgetPerDay: 0.08 }),
    population('default', 21, 'pfa'),
    population('wide-ability', 22, 'pfa', { abilitySd: 1.6, easinessSd: 1.2 }),
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
  config.populations = config.populations.map((p: Partial<PopulationConfig>, i) => {
    if (typeof p.name !== 'string' || !((p.learners ?? 0) > 0) || typeof p.seed !== 'number') {
      throw new Error(`populations[${i}] needs "name", "learners" > 0 and "seed"`);
    }
    const world = p.world ?? 'wayfind';
    if (!WORLD_KINDS.includes(world)) throw new Error(`populations[${i}]: "world" must be one of ${WORLD_KINDS.join(', ')}`);
    if (p.skillSeed !== undefined && typeof p.skillSeed !== 'number') throw new Error(`populations[${i}]: "skillSeed" must be a number`);
    const parameters = p.parameters ?? {};
    checkWorldParameters(world, parameters, `populations[${i}]`);
    return { name: p.name, learners: p.learners!, seed: p.seed, world, skillSeed: p.skillSeed ?? DEFAULT_SKILL_SEED, parameters };
  });
  return config;
}
