/**
 * Knowledge spaces: the sets of skills a learner can have mastered, given that mastering a skill
 * implies its prerequisites. Placement keeps its belief over these states (see placement.ts).
 */
import { seededRandom } from '../../ml/seeded-random.ts';

export interface GraphSkill {
  readonly id: string;
  readonly prerequisites: readonly string[];
}

/**
 * A pack's knowledge states, built once per pack and shared by every placement on it (building
 * Fractions 3-6 takes a few hundred milliseconds).
 */
export interface KnowledgeSpace {
  readonly ids: readonly string[];
  /** One row of `ids.length` bytes (1 = mastered) per state. */
  readonly states: Uint8Array;
  /** The same states as lists of mastered skill indices: state i is members[start[i]..start[i+1]). */
  readonly members: Uint16Array;
  readonly start: Uint32Array;
  readonly count: number;
  /** Whether every state was enumerated (false: `maxStates` sampled). */
  readonly exact: boolean;
}

export function buildKnowledgeSpace(skills: readonly GraphSkill[], maxStates = 250_000, seed = 1): KnowledgeSpace {
  const { ids, prerequisites } = topologicallyOrdered(skills);
  const enumerated = enumerateStates(prerequisites, maxStates);
  const rows = enumerated ?? sampleStates(prerequisites, maxStates, seededRandom(seed));
  const states = new Uint8Array(rows.length * ids.length);
  rows.forEach((row, i) => states.set(row, i * ids.length));
  const start = new Uint32Array(rows.length + 1);
  rows.forEach((row, i) => (start[i + 1] = start[i]! + row.reduce((sum, bit) => sum + bit, 0)));
  const members = new Uint16Array(start[rows.length]!);
  rows.forEach((row, i) => {
    let k = start[i]!;
    row.forEach((bit, s) => {
      if (bit) members[k++] = s;
    });
  });
  return { ids, states, members, start, count: rows.length, exact: enumerated !== null };
}

/** Each skill's probability of being mastered under state weights that sum to 1. */
export function stateMarginals(space: KnowledgeSpace, weights: Float64Array): Float64Array {
  const { members, start } = space;
  const marginals = new Float64Array(space.ids.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    for (let k = start[i]!; k < start[i + 1]!; k++) marginals[members[k]!]! += w;
  }
  return marginals;
}

/**
 * The prior over knowledge states with the given chance of each skill being mastered (e.g. the
 * model's predictions with no history, turned into mastery), and otherwise as spread out as
 * possible: the maximum-entropy distribution, weights proportional to exp(sum of per-skill
 * log-odds over the state's skills). Simply using the chances as the log-odds would be biased:
 * the prerequisite rule removes states, which lowers deep skills' marginals. So the log-odds are
 * fitted one skill at a time until the marginals match (iterative proportional fitting: raising
 * skill s's log-odds by d multiplies every state holding s by e^d, which sets its marginal
 * exactly). The chances should not rise along prerequisite edges, or no distribution fits them.
 * A few seconds for Fractions 3-6 in Node: build once per pack and population.
 */
export function fitPrior(space: KnowledgeSpace, masteryChance: ReadonlyMap<string, number>, sweeps = 30): Float64Array {
  return fitPriorWithLogOdds(space, masteryChance, sweeps).weights;
}

/**
 * fitPrior, also returning each skill's fitted log-odds (in `space.ids` order): the prior is
 * then exp(sum of the log-odds of a state's skills), normalised, so a pack can ship the 39
 * numbers instead of fitting them on the learner's device (see priorFromLogOdds).
 */
export function fitPriorWithLogOdds(space: KnowledgeSpace, masteryChance: ReadonlyMap<string, number>, sweeps = 30): { weights: Float64Array; logOdds: Float64Array } {
  const target = space.ids.map((id) => clampProbability(masteryChance.get(id) ?? 0.5));
  const weights = new Float64Array(space.count).fill(1 / space.count);
  const logOdds = new Float64Array(space.ids.length);
  const holds = (i: number, s: number) => space.states[i * space.ids.length + s] === 1;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let worst = 0;
    target.forEach((p, s) => {
      let marginal = 0;
      for (let i = 0; i < space.count; i++) if (holds(i, s)) marginal += weights[i]!;
      worst = Math.max(worst, Math.abs(marginal - p));
      // States with s share p, states without share 1 - p: the rest of the belief keeps its shape.
      const up = p / Math.max(1e-300, marginal);
      const down = (1 - p) / Math.max(1e-300, 1 - marginal);
      for (let i = 0; i < space.count; i++) weights[i]! *= holds(i, s) ? up : down;
      // Scaling every state by `down` changes nothing after normalising, so only up/down counts.
      logOdds[s]! += Math.log(up / down);
    });
    // Convergence slows near the end; a prior within a few hundredths of the chances is enough.
    if (worst < 5e-3) break;
  }
  return { weights, logOdds };
}

/** The prior with these per-skill log-odds (keyed by skill id; missing skills count 0), summing to 1. */
export function priorFromLogOdds(space: KnowledgeSpace, logOdds: ReadonlyMap<string, number>): Float64Array {
  const bySkill = space.ids.map((id) => logOdds.get(id) ?? 0);
  const exponents = new Float64Array(space.count);
  let largest = -Infinity;
  for (let i = 0; i < space.count; i++) {
    let sum = 0;
    for (let k = space.start[i]!; k < space.start[i + 1]!; k++) sum += bySkill[space.members[k]!]!;
    exponents[i] = sum;
    largest = Math.max(largest, sum);
  }
  // Subtracting the largest exponent keeps exp() finite for deep states with large log-odds.
  let total = 0;
  for (let i = 0; i < space.count; i++) total += exponents[i] = Math.exp(exponents[i]! - largest);
  for (let i = 0; i < space.count; i++) exponents[i]! /= total;
  return exponents;
}


function clampProbability(p: number): number {
  return Math.min(0.99, Math.max(0.01, p));
}

/** Skills reordered so every skill comes after its prerequisites; prerequisites as indices. */
export function topologicallyOrdered(skills: readonly GraphSkill[]): { ids: string[]; prerequisites: number[][] } {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  const ids: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw new Error(`the skill graph has a prerequisite cycle through "${id}"`);
    const skill = byId.get(id);
    if (!skill) throw new Error(`unknown prerequisite "${id}"`);
    state.set(id, 'visiting');
    skill.prerequisites.forEach(visit);
    state.set(id, 'done');
    ids.push(id);
  };
  skills.forEach((skill) => visit(skill.id));
  const index = new Map(ids.map((id, i) => [id, i]));
  return { ids, prerequisites: ids.map((id) => byId.get(id)!.prerequisites.map((p) => index.get(p)!)) };
}

/** Every prerequisite-closed set, or null when there are more than `limit`. */
function enumerateStates(prerequisites: readonly number[][], limit: number): Uint8Array[] | null {
  const n = prerequisites.length;
  const states: Uint8Array[] = [];
  const current = new Uint8Array(n);
  // Depth-first over skills in topological order: a skill may join only if its prerequisites did.
  const extend = (s: number): boolean => {
    if (s === n) {
      states.push(current.slice());
      return states.length <= limit;
    }
    current[s] = 0;
    if (!extend(s + 1)) return false;
    if (prerequisites[s]!.every((p) => current[p] === 1)) {
      current[s] = 1;
      const ok = extend(s + 1);
      current[s] = 0;
      return ok;
    }
    return true;
  };
  return extend(0) ? states : null;
}

/** Distinct states from random learning paths of random lengths (the fallback for big graphs). */
function sampleStates(prerequisites: readonly number[][], count: number, random: () => number): Uint8Array[] {
  const n = prerequisites.length;
  const seen = new Map<string, Uint8Array>();
  for (let attempt = 0; attempt < count * 4 && seen.size < count; attempt++) {
    const state = new Uint8Array(n);
    const steps = Math.floor(random() * (n + 1));
    for (let step = 0; step < steps; step++) {
      const ready = prerequisites.flatMap((required, s) => (!state[s] && required.every((p) => state[p]) ? [s] : []));
      if (ready.length === 0) break;
      state[ready[Math.floor(random() * ready.length)]!] = 1;
    }
    seen.set(state.join(''), state);
  }
  return [...seen.values()];
}
