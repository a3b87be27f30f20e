/**
 * One learner's placement check on one pack, with real items: wraps the Placement belief
 * (placement.ts), picks an item of the skill Placement wants to ask about, checks the answer,
 * stores it as an attempt of a 'placement' session, and at the end turns the belief into skill
 * states (applyPlacement).
 *
 * No feedback is shown during placement (Placement assumes the learner does not learn from it),
 * and no hints are offered, so every answer is unaided evidence.
 */
import type { WayfindDb } from '../../data/db.ts';
import { recordAnswer } from '../../data/attempts.ts';
import { endSession, startSession } from '../../data/sessions.ts';
import { applyPlacement, listSkillStatesForPack } from '../../data/skill-states.ts';
import type { Attempt, MasteryLevel, Session } from '../../data/records.ts';
import { checkAnswer, type CheckResult, type Item, type LearnerResponse, type Pack } from '../../content/index.ts';
import { Placement, type KnowledgeSpace, type PlacementOptions, type PlacementQuestion } from './placement.ts';
import type { PlacementCalibration } from './placement-calibration.ts';
import { knowledgeSpaceFor, placementSettings } from './placement-settings.ts';
import { placementItem } from './placement-items.ts';
import { newAttempt, type AnsweredItem } from '../practice/index.ts';
import { atLeast } from '../practice/index.ts';


/** What applyPlacement stores for one skill. */
export interface PlacementSkillResult {
  skillId: string;
  estimate: number;
  masteryLevel: MasteryLevel;
  /** The level rests on placement alone (stored as SkillState.placed until practice confirms it). */
  placed?: boolean;
}

/**
 * The belief a skill needs before placement marks it "proficient (from placement)". Below it,
 * or for a skill neither answered right nor implied by one answered right, placement claims nothing.
 */
export const PLACED_MIN_PROBABILITY = 0.7;

export interface PlacementStep {
  question: PlacementQuestion;
  item: Item;
  /** 1 for the first question. */
  number: number;
}

/** A placement a learner can take: the pack's graph with its items. */
export interface PlacementSessionOptions {
  placement?: Partial<PlacementOptions>;
  /** The pack's shipped calibration (placement-calibration.ts); null or absent: the fallback. */
  calibration?: PlacementCalibration | null;
  /** Seeds generated items, so a retake of the check sees other numbers. */
  seed?: number;
  /** A knowledge space already built for this pack (they take a moment to build). */
  space?: KnowledgeSpace;
}

export class PlacementSession {
  readonly pack: Pack;
  readonly #placement: Placement;
  readonly #seed: number;
  readonly #placementOptions: Partial<PlacementOptions>;
  readonly #usedItems = new Set<string>();
  readonly #asked = new Set<string>();
  readonly #answeredRight = new Set<string>();
  #current: PlacementStep | null = null;

  constructor(pack: Pack, options: PlacementSessionOptions = {}) {
    this.pack = pack;
    this.#seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
    const space = options.space ?? knowledgeSpaceFor(pack);
    this.#placementOptions = placementSettings(space, options.calibration ?? null, options.placement);
    this.#placement = new Placement(space, this.#placementOptions);
  }

  get questionsAsked(): number {
    return this.#placement.questionsAsked;
  }

  /** The question waiting for an answer, if any. */
  get current(): PlacementStep | null {
    return this.#current;
  }

  /**
   * The next question with an item to ask it with, or null when the placement is done (it is
   * confident, nothing more is worth asking, or the chosen skill has no item left to ask).
   */
  next(): PlacementStep | null {
    if (this.#current) return this.#current;
    const question = this.#placement.nextQuestion();
    if (!question) return null;
    const item = this.#itemFor(question.skillId);
    if (!item) return null;
    this.#usedItems.add(item.id);
    this.#current = { question, item, number: this.questionsAsked + 1 };
    return this.#current;
  }

  /** Checks a response to the current question without counting it yet (see commit). */
  check(response: LearnerResponse): CheckResult {
    const step = this.#current;
    if (!step) throw new Error('There is no placement question waiting for an answer.');
    return checkAnswer(step.item, response);
  }

  /**
   * Counts the current question as answered, right or wrong ("I don't know yet" is wrong), and
   * updates the belief. The page calls it once the answer is stored.
   */
  commit(correct: boolean): void {
    const step = this.#current;
    if (!step) throw new Error('There is no placement question waiting for an answer.');
    this.#placement.record(step.question.skillId, correct);
    this.#asked.add(step.question.skillId);
    if (correct) this.#answeredRight.add(step.question.skillId);
    this.#current = null;
  }

  /**
   * Checks and counts in one step. An unreadable response (e.g. letters in a number box) changes
   * nothing and is returned so the page can say so.
   */
  answer(response: LearnerResponse): CheckResult {
    const result = this.check(response);
    if (!result.unreadable) this.commit(result.correct);
    return result;
  }

  /**
   * Every skill's new state. Placement claims at most "proficient (from placement)", and only
   * for a skill it is fairly sure of (PLACED_MIN_PROBABILITY) that the learner answered right or
   * that follows from the graph (a prerequisite, direct or not, of a skill answered right). It
   * never marks a skill mastered and never lowers a level earned in practice; a skill it asked
   * about and does not place has been started.
   */
  results(existing: ReadonlyMap<string, MasteryLevel> = new Map()): PlacementSkillResult[] {
    const { probabilities } = this.#placement.result();
    const supported = this.#supportedByAnswers();
    return this.pack.skills.map((skill) => {
      const p = probabilities.get(skill.id) ?? 0;
      const { guess, slip } = noiseOf(this.#placementOptions, skill.id);
      const estimate = p * (1 - slip) + (1 - p) * guess;
      const before = existing.get(skill.id) ?? 'not-started';
      if (p >= PLACED_MIN_PROBABILITY && supported.has(skill.id) && !atLeast(before, 'proficient')) {
        return { skillId: skill.id, estimate, masteryLevel: 'proficient', placed: true };
      }
      const masteryLevel: MasteryLevel = before !== 'not-started' ? before : this.#asked.has(skill.id) ? 'practising' : 'not-started';
      return { skillId: skill.id, estimate, masteryLevel };
    });
  }

  /** Skills answered right, and every prerequisite (direct or not) of one. */
  #supportedByAnswers(): Set<string> {
    const byId = new Map(this.pack.skills.map((skill) => [skill.id, skill]));
    const supported = new Set<string>();
    const visit = (id: string): void => {
      if (supported.has(id)) return;
      supported.add(id);
      for (const prerequisite of byId.get(id)?.prerequisites ?? []) visit(prerequisite);
    };
    this.#answeredRight.forEach(visit);
    return supported;
  }

  #itemFor(skillId: string): Item | undefined {
    return placementItem(this.pack, skillId, this.#usedItems, this.#seed + this.questionsAsked * 7919);
  }
}

function noiseOf(options: Partial<PlacementOptions>, skillId: string): { guess: number; slip: number } {
  return options.noiseBySkill?.get(skillId) ?? { guess: options.guess ?? 0.2, slip: options.slip ?? 0.1 };
}

/** Opens the 'placement' session its answers are counted in. */
export function startPlacementSession(db: WayfindDb, learnerId: string, packId: string, now = Date.now()): Promise<Session> {
  return startSession(db, { learnerId, kind: 'placement', packId }, now);
}

/**
 * Stores one placement answer as an attempt, before anything else happens. The skill states
 * are left alone here: the placement writes them all at the end (finishPlacement).
 */
export async function storePlacementAnswer(
  db: WayfindDb,
  input: Omit<AnsweredItem, 'hintsUsed'>,
): Promise<Attempt> {
  const { attempt } = await recordAnswer(db, newAttempt({ ...input, hintsUsed: 0 }), []);
  return attempt;
}

/** Writes the placement's skill states (with 'placement' skill events) and closes the session. */
export async function finishPlacement(
  db: WayfindDb,
  placement: PlacementSession,
  learnerId: string,
  sessionId: string,
  now = Date.now(),
): Promise<PlacementSkillResult[]> {
  const states = await listSkillStatesForPack(db, learnerId, placement.pack.id);
  const results = placement.results(new Map(states.map((state) => [state.skillId, state.masteryLevel])));
  // Placement never masters a skill, so it makes no review cards: practice confirms its levels.
  await applyPlacement(db, learnerId, placement.pack.id, results, now);
  await endSession(db, sessionId, now);
  return results;
}

