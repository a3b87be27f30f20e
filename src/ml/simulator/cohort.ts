import type { Sequence } from '../datasets/sequence.ts';
import { seededRandom } from '../seeded-random.ts';
import { SimulatedLearner, normal } from './learner.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from './parameters.ts';
import { indexSkillGraph, type IndexedSkillGraph, type SkillGraph } from './skill-graph.ts';

export interface CohortOptions {
  readonly learners: number;
  readonly sessions: number;
  readonly attemptsPerSession: number;
  /** Mean days between sessions (drawn uniformly from 0.5x to 1.5x). */
  readonly daysBetweenSessions: number;
  /** Chance of reading a hint after a wrong answer. */
  readonly hintAfterWrong: number;
  /** Chance that an attempt reviews an already practised skill instead of the learning frontier. */
  readonly review: number;
  /** Seed of the learners and their answers. */
  readonly seed: number;
  /**
   * Seed of the skill difficulties, kept apart from `seed` so that cohorts with different
   * learners (a training and a test cohort) share the same pack.
   */
  readonly skillSeed: number;
}

export const DEFAULT_COHORT_OPTIONS: CohortOptions = {
  learners: 200,
  sessions: 8,
  attemptsPerSession: 15,
  daysBetweenSessions: 3,
  hintAfterWrong: 0.3,
  review: 0.25,
  seed: 1,
  skillSeed: 0,
};

export interface SimulatedAttempt {
  /** Dense index into `Cohort.skillIds`. */
  readonly skill: number;
  readonly correct: boolean;
  readonly day: number;
  /** A hint was read after this attempt. */
  readonly hinted: boolean;
  /** The simulator's true P(correct) for this attempt (what no model can beat: the AUC ceiling). */
  readonly probability?: number;
}

export interface Cohort {
  readonly skillIds: readonly string[];
  readonly difficulty: Float64Array;
  readonly learners: SimulatedAttempt[][];
}

/**
 * Simulates learners working through a skill graph. The practice policy stands in for a simple
 * tutor: mostly the earliest skills (in prerequisite order) not yet answered correctly three
 * times in a row, sometimes a review of a practised skill, so the data hold both new learning
 * and forgetting.
 */
export function simulateCohort(
  graph: SkillGraph,
  options: Partial<CohortOptions> = {},
  params: SimulatorParameters = DEFAULT_SIMULATOR_PARAMETERS,
): Cohort {
  const o = { ...DEFAULT_COHORT_OPTIONS, ...options };
  const indexed = indexSkillGraph(graph);
  const skillRandom = seededRandom(o.skillSeed);
  const difficulty = Float64Array.from(indexed.ids, () => normal(skillRandom) * params.difficultySd);
  const random = seededRandom(o.seed);
  const learners = Array.from({ length: o.learners }, () => simulateLearner(indexed, difficulty, params, o, random));
  return { skillIds: indexed.ids, difficulty, learners };
}

function simulateLearner(
  graph: IndexedSkillGraph,
  difficulty: Float64Array,
  params: SimulatorParameters,
  o: CohortOptions,
  random: () => number,
): SimulatedAttempt[] {
  const learner = new SimulatedLearner(graph, difficulty, params, random);
  const streak = new Int32Array(graph.ids.length);
  const practised: number[] = [];
  const attempts: SimulatedAttempt[] = [];
  let day = 0;
  for (let session = 0; session < o.sessions; session++) {
    for (let i = 0; i < o.attemptsPerSession; i++) {
      const skill = chooseSkill(graph, streak, practised, o.review, random);
      const at = day + i / (24 * 60); // a minute apart
      const probability = learner.probabilityCorrect(skill, at);
      const correct = learner.answer(skill, at, random);
      streak[skill] = correct ? streak[skill]! + 1 : 0;
      if (!practised.includes(skill)) practised.push(skill);
      const hinted = !correct && random() < o.hintAfterWrong;
      if (hinted) learner.takeHint(skill, at);
      attempts.push({ skill, correct, day: at, hinted, probability });
    }
    day += o.daysBetweenSessions * (0.5 + random());
  }
  return attempts;
}

function chooseSkill(graph: IndexedSkillGraph, streak: Int32Array, practised: readonly number[], review: number, random: () => number): number {
  if (practised.length > 0 && random() < review) return practised[Math.floor(random() * practised.length)]!;
  const frontier = graph.order.filter((skill) => streak[skill]! < 3).slice(0, 3);
  if (frontier.length === 0) return graph.order[Math.floor(random() * graph.order.length)]!;
  return frontier[Math.floor(random() * frontier.length)]!;
}

/** The cohort as DKT training sequences (skills already dense, in `skillIds` order). */
export function cohortSequences(cohort: Cohort): Sequence[] {
  return cohort.learners.map((attempts) => ({
    skills: Int32Array.from(attempts, (a) => a.skill),
    correct: Uint8Array.from(attempts, (a) => (a.correct ? 1 : 0)),
  }));
}
