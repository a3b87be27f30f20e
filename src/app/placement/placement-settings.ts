/**
 * The settings a placement check runs with, shared by the app (placement-session.ts) and the
 * benchmark (bench/placement.ts), so the benchmark measures what learners get.
 */
import { stateMarginals } from './knowledge-space.ts';
import { buildKnowledgeSpace, fitPrior, type GraphSkill, type KnowledgeSpace, type PlacementOptions } from './placement.ts';
import { placementOptionsFromCalibration, type PlacementCalibration } from './placement-calibration.ts';

const spaces = new Map<string, KnowledgeSpace>();
const priors = new WeakMap<KnowledgeSpace, Float64Array>();

/**
 * Sweeps of prior fitting (each about 0.15 s for Fractions 3-6 in Node): the targets start close
 * to the equal-state chances, so a few sweeps bring them near enough.
 */
const PRIOR_SWEEPS = 6;

/**
 * Each skill's prior chance of being mastered is kept within this range. With every knowledge
 * state equally likely, most states hold the first skills of the graph, so those start near
 * certain and are never asked about: a learner who knows nothing would be placed as knowing them.
 * Clamping keeps that shape (first skills likely, deep ones unlikely) but leaves room for doubt.
 * Measured on 15 simulated Fractions learners (random learning paths, slip 0.1, guess 0.2):
 * accuracy 0.86 in 17 questions, against 0.87 for equal states and 0.77 for a flat 0.5 prior,
 * and a learner who knows nothing is placed as knowing nothing (the tests check both).
 */
const PRIOR_CHANCE_RANGE: readonly [number, number] = [0.15, 0.85];

/**
 * The fallback prior for a pack without a calibration (see PRIOR_CHANCE_RANGE), fitted once per
 * space.
 */
function placementPrior(space: KnowledgeSpace): Float64Array {
  let prior = priors.get(space);
  if (!prior) {
    const uniform = stateMarginals(space, new Float64Array(space.count).fill(1 / space.count));
    const chance = (s: number) => Math.min(PRIOR_CHANCE_RANGE[1], Math.max(PRIOR_CHANCE_RANGE[0], uniform[s]!));
    prior = fitPrior(space, new Map(space.ids.map((id, s) => [id, chance(s)])), PRIOR_SWEEPS);
    priors.set(space, prior);
  }
  return prior;
}

/** The pack's knowledge space, built once per pack version in this tab. */
export function knowledgeSpaceFor(pack: { id: string; version: string; skills: readonly GraphSkill[] }): KnowledgeSpace {
  const key = `${pack.id}@${pack.version}`;
  let space = spaces.get(key);
  if (!space) {
    space = buildKnowledgeSpace(pack.skills);
    spaces.set(key, space);
  }
  return space;
}

/**
 * A pack's placement settings: its calibration's per-skill noise and prior when it has one;
 * otherwise the textbook guess and slip of DEFAULT_PLACEMENT_OPTIONS and the graph-shaped
 * fallback prior. `overrides` win over both (tests shorten the check with them).
 */
export function placementSettings(
  space: KnowledgeSpace,
  calibration: PlacementCalibration | null,
  overrides: Partial<PlacementOptions> = {},
): Partial<PlacementOptions> {
  const base = calibration ? placementOptionsFromCalibration(space, calibration) : {};
  const settings = { ...base, ...overrides };
  return { ...settings, prior: settings.prior ?? placementPrior(space) };
}
