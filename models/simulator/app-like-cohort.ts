/**
 * Simulated learners who use the app the way the app is used, for training and testing the
 * pack models on sequences like the ones the model will see (the default cohort's simple
 * frontier policy alone never shows a model 20 answers in a row on one skill, nor a placement
 * sweep, nor reviews days apart):
 *
 * - placement first (for `placementShare` of learners): one question on each of
 *   `placementQuestions` skills spread over the graph in prerequisite order; a skill answered
 *   right counts as placed (with everything it needs) until a review confirms it;
 * - sessions days apart (1 to `maxDaysBetweenSessions`), most of them chosen item by item by the
 *   app's own tutor policy (src/app/practice/tutor-policy.ts: band, goal, variety, due reviews every other
 *   item). The policy needs predictions; the app gets them from the DKT, which is what is being
 *   trained, so here a plain smoothed recent accuracy stands in;
 * - "Practise this skill" runs (`focusShare` of sessions): 15 to 30 answers in a row on one
 *   skill, usually a ready one, sometimes one whose prerequisites are missing;
 * - reviews: a skill counts as mastered after 3 right in a row; it is then due for review after
 *   2, 5, 12, 30 days; a wrong review answer unmasters it.
 *
 * The learners themselves are the default simulator's (SimulatedLearner), on the same pack
 * (same skill difficulties for the same skill seed), so cohorts of both kinds mix.
 */
import { chooseNextItem } from '../../src/app/practice/tutor-policy.ts';
import { seededRandom } from '../../src/ml/seeded-random.ts';
import type { Cohort, SimulatedAttempt } from '../../src/ml/simulator/cohort.ts';
import { SimulatedLearner } from '../../src/ml/simulator/learner.ts';
import { DEFAULT_SIMULATOR_PARAMETERS, type SimulatorParameters } from '../../src/ml/simulator/parameters.ts';
import { indexSkillGraph, type IndexedSkillGraph, type SkillGraph } from '../../src/ml/simulator/skill-graph.ts';
import { skillDifficulties } from '../placement/population.ts';

export interface AppLikeCohortOptions {
  readonly learners: number;
  readonly sessions: number;
  readonly attemptsPerSession: number;
  readonly placementShare: number;
  readonly placementQuestions: number;
  readonly focusShare: number;
  readonly maxDaysBetweenSessions: number;
  readonly hintAfterWrong: number;
  readonly seed: number;
  readonly skillSeed: number;
}

export const DEFAULT_APP_LIKE_OPTIONS: AppLikeCohortOptions = {
  learners: 300,
  sessions: 14,
  attemptsPerSession: 15,
  placementShare: 0.6,
  placementQuestions: 15,
  focusShare: 0.3,
  maxDaysBetweenSessions: 7,
  hintAfterWrong: 0.3,
  seed: 101,
  skillSeed: 0,
};

const REVIEW_INTERVAL_DAYS = [2, 5, 12, 30];
const ITEMS_PER_SKILL = 60;
const MASTERY_STREAK = 3;

export function simulateAppLikeCohort(
  graph: SkillGraph,
  options: Partial<AppLikeCohortOptions> = {},
  params: SimulatorParameters = DEFAULT_SIMULATOR_PARAMETERS,
): Cohort {
  const o = { ...DEFAULT_APP_LIKE_OPTIONS, ...options };
  const indexed = indexSkillGraph(graph);
  const difficulty = skillDifficulties(indexed, params, o.skillSeed);
  const random = seededRandom(o.seed);
  const learners = Array.from({ length: o.learners }, () => new AppLearner(indexed, difficulty, params, o, random).run());
  return { skillIds: indexed.ids, difficulty, learners };
}

class AppLearner {
  readonly #attempts: SimulatedAttempt[] = [];
  readonly #learner: SimulatedLearner;
  readonly #recent: number[][];
  readonly #streak: Int32Array;
  readonly #mastered: boolean[];
  /** Day a mastered skill's next review is due, and how many reviews it has passed. */
  readonly #due: Float64Array;
  readonly #reviews: Int32Array;
  readonly #policySkills;
  readonly #items: Map<string, string[]>;

  constructor(
    readonly graph: IndexedSkillGraph,
    difficulty: Float64Array,
    params: SimulatorParameters,
    readonly o: AppLikeCohortOptions,
    readonly random: () => number,
  ) {
    const n = graph.ids.length;
    this.#learner = new SimulatedLearner(graph, difficulty, params, random);
    this.#recent = Array.from({ length: n }, () => []);
    this.#streak = new Int32Array(n);
    this.#mastered = new Array<boolean>(n).fill(false);
    this.#due = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.#reviews = new Int32Array(n);
    this.#policySkills = graph.ids.map((id, s) => ({ id, prerequisites: graph.prerequisites[s]!.map((p) => graph.ids[p]!) }));
    this.#items = new Map(graph.ids.map((id) => [id, Array.from({ length: ITEMS_PER_SKILL }, (_, k) => `${id}#${k}`)]));
  }

  run(): SimulatedAttempt[] {
    let day = 0;
    if (this.random() < this.o.placementShare) this.#placement(day);
    for (let session = 0; session < this.o.sessions; session++) {
      day += session === 0 ? 0.01 : 1 + this.random() * (this.o.maxDaysBetweenSessions - 1);
      if (this.random() < this.o.focusShare) this.#focusRun(day);
      else this.#policySession(day);
    }
    return this.#attempts;
  }

  #placement(day: number): void {
    const order = this.graph.order;
    const count = Math.min(this.o.placementQuestions, order.length);
    const offset = this.random() * (order.length / count);
    for (let q = 0; q < count; q++) {
      const skill = order[Math.min(order.length - 1, Math.floor(offset + (q * order.length) / count))]!;
      if (this.#answer(skill, day + q / 1440)) this.#place(skill, day);
    }
  }

  /** A right placement answer places the skill and everything it needs; the first review confirms it. */
  #place(skill: number, day: number): void {
    if (this.#mastered[skill]) return;
    this.#mastered[skill] = true;
    this.#due[skill] = day + 1;
    for (const required of this.graph.prerequisites[skill]!) this.#place(required, day);
  }

  #focusRun(day: number): void {
    const ready = this.graph.order.filter((s) => !this.#mastered[s] && this.graph.prerequisites[s]!.every((p) => this.#mastered[p]));
    const unmastered = this.graph.order.filter((s) => !this.#mastered[s]);
    const pool = ready.length > 0 && this.random() < 0.8 ? ready : unmastered.length > 0 ? unmastered : this.graph.order;
    const skill = pool[Math.floor(this.random() * Math.min(pool.length, 4))]!;
    const length = 15 + Math.floor(this.random() * 16);
    for (let i = 0; i < length; i++) this.#answer(skill, day + i / 1440);
  }

  #policySession(day: number): void {
    const session: { skillId: string; itemId: string; review: boolean }[] = [];
    for (let i = 0; i < this.o.attemptsPerSession; i++) {
      const at = day + i / 1440;
      const due = this.graph.order.filter((s) => this.#mastered[s] && this.#due[s]! <= at).sort((a, b) => this.#due[a]! - this.#due[b]!);
      const choice = chooseNextItem({
        skills: this.#policySkills,
        levels: new Map(this.graph.ids.map((id, s) => [id, this.#mastered[s] ? 'mastered' : this.#recent[s]!.length > 0 ? 'practising' : 'not-started'])),
        predictions: new Map(this.graph.ids.map((id, s) => [id, this.#estimate(s)])),
        goalSkillIds: [this.graph.ids[this.graph.order.at(-1)!]!],
        dueReviewSkillIds: due.map((s) => this.graph.ids[s]!),
        itemsBySkill: this.#items,
        session,
      });
      if (!choice) return;
      const skill = this.graph.ids.indexOf(choice.skillId);
      session.push({ skillId: choice.skillId, itemId: choice.itemId, review: choice.why.kind === 'review' });
      this.#answer(skill, at, choice.why.kind === 'review');
    }
  }

  /** The stand-in for the model's prediction: recent accuracy, smoothed towards one half. */
  #estimate(skill: number): number {
    const recent = this.#recent[skill]!;
    return (recent.reduce((a, b) => a + b, 0) + 1) / (recent.length + 2);
  }

  #answer(skill: number, day: number, review = false): boolean {
    const probability = this.#learner.probabilityCorrect(skill, day);
    const correct = this.#learner.answer(skill, day, this.random);
    const hinted = !correct && this.random() < this.o.hintAfterWrong;
    if (hinted) this.#learner.takeHint(skill, day);
    this.#attempts.push({ skill, correct, day, hinted, probability });
    const recent = this.#recent[skill]!;
    recent.push(correct ? 1 : 0);
    if (recent.length > 5) recent.shift();
    this.#streak[skill] = correct ? this.#streak[skill]! + 1 : 0;
    if (review || (this.#mastered[skill] && this.#due[skill]! <= day)) {
      if (correct) this.#due[skill] = day + REVIEW_INTERVAL_DAYS[Math.min(this.#reviews[skill]!++, REVIEW_INTERVAL_DAYS.length - 1)]!;
      else this.#unmaster(skill);
    } else if (!this.#mastered[skill] && this.#streak[skill]! >= MASTERY_STREAK) {
      this.#mastered[skill] = true;
      this.#due[skill] = day + REVIEW_INTERVAL_DAYS[0]!;
    }
    return correct;
  }

  #unmaster(skill: number): void {
    this.#mastered[skill] = false;
    this.#due[skill] = Number.POSITIVE_INFINITY;
    this.#reviews[skill] = 0;
  }
}
