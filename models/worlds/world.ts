/**
 * Simulated worlds: the kinds of learner a tutoring policy is judged against. Following the
 * robust evaluation matrix of Doroudi, Aleven and Brunskill (2017), a policy is judged under
 * several student models, not only the one its own model was trained on. Each world is written
 * on its own terms (its own state, its own learning and answering rule); they share only this
 * interface, which is what a benchmark needs: answer an item, and tell the truth about the chance
 * of a correct answer (for an oracle and for the AUC ceiling).
 *
 * Days are fractional day numbers, as in the simulator (models/simulator).
 */
import type { IndexedSkillGraph } from '../simulator/skill-graph.ts';
import { bktWorld, BKT_WORLD_DEFAULTS } from './bkt-world.ts';
import { pfaWorld, PFA_WORLD_DEFAULTS } from './pfa-world.ts';
import { wayfindWorld, WAYFIND_WORLD_DEFAULTS } from './wayfind-world.ts';

export const WORLD_KINDS = ['wayfind', 'bkt', 'pfa'] as const;
export type WorldKind = (typeof WORLD_KINDS)[number];

/** One simulated learner of a world. */
export interface WorldLearner {
  /** The true chance of a correct answer on `skill` on `day`, without changing anything. */
  probabilityCorrect(skill: number, day: number): number;
  /**
   * The true chance of a correct answer on `target` on `day` if the learner now answered one item
   * on `skill` with the given outcome (expected over the world's own chance events), without
   * changing anything: the oracle's one-answer look-ahead.
   */
  probabilityAfter(skill: number, correct: boolean, target: number, day: number): number;
  /** Answers one item on `skill` on `day` and learns from it; returns whether it was correct. */
  answer(skill: number, day: number, random: () => number): boolean;
  /** An independent copy of this learner in their current state (a rollout oracle plays copies forward). */
  clone(): WorldLearner;
}

export interface World {
  readonly kind: WorldKind;
  /** A new learner; `random` draws who they are (and nothing else). */
  newLearner(random: () => number): WorldLearner;
  /** What the world is, and each skill's own parameters in a few numbers, for the bench's log. */
  describe(): { title: string; perSkill: string[] };
}

export interface WorldSpec {
  kind: WorldKind;
  /** Draws the skills' own parameters (difficulties, rates); the learners come from another seed. */
  skillSeed: number;
  /** Overrides of the world's defaults (names depend on the world; unknown names are refused). */
  parameters: Record<string, number>;
}

/** Every world's default parameters, by kind: what a config may override. */
export const WORLD_DEFAULTS: Record<WorldKind, Readonly<Record<string, number>>> = {
  wayfind: WAYFIND_WORLD_DEFAULTS as unknown as Record<string, number>,
  bkt: BKT_WORLD_DEFAULTS as unknown as Record<string, number>,
  pfa: PFA_WORLD_DEFAULTS as unknown as Record<string, number>,
};

/** Refuses a parameter the world does not have, naming it, so a typo cannot pass silently. */
export function checkWorldParameters(kind: WorldKind, parameters: Record<string, unknown>, where: string): void {
  const known = WORLD_DEFAULTS[kind];
  for (const [name, value] of Object.entries(parameters)) {
    if (!(name in known)) throw new Error(`${where}: the "${kind}" world has no parameter "${name}" (it has ${Object.keys(known).join(', ')})`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where}: parameter "${name}" must be a number`);
  }
}

export function makeWorld(graph: IndexedSkillGraph, spec: WorldSpec): World {
  checkWorldParameters(spec.kind, spec.parameters, `world ${spec.kind}`);
  switch (spec.kind) {
    case 'wayfind':
      return wayfindWorld(graph, spec.skillSeed, spec.parameters);
    case 'bkt':
      return bktWorld(graph, spec.skillSeed, spec.parameters);
    case 'pfa':
      return pfaWorld(graph, spec.skillSeed, spec.parameters);
  }
}

/** Logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A uniform draw from [low, high]. */
export function uniform(random: () => number, low: number, high: number): number {
  return low + (high - low) * random();
}
