/**
 * bench:journey's model and learners: the shipped pack DKT as the practice session's
 * PracticeModel (the same interface the worker bridge fills in the app), and the responses the
 * scripted learners give.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAnswer, expectedResponse, type LearnerResponse } from '../src/content/items/check.ts';
import type { Item, Pack } from '../src/content/schema.ts';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import type { PracticeAnswer } from '../src/app/practice/mastery.ts';
import { countsAsCorrect, type PracticeModel } from '../src/app/practice/practice-model.ts';

export interface ShippedModel {
  stepper: DktStepper;
  skillIds: readonly string[];
  /** metadata.json's estimateLines (wf/ml, issue 14 part 4), when the model ships them. */
  estimateLines: ReadonlyMap<string, number> | undefined;
  metadata: { simulator: { parameters: Record<string, number>; trainCohort: { skillSeed?: number } } };
}

export function loadShippedModel(modelDir: string): ShippedModel {
  const metadata = JSON.parse(readFileSync(path.join(modelDir, 'metadata.json'), 'utf8')) as ShippedModel['metadata'] & {
    skillIds: string[];
    estimateLines?: Record<string, number>;
  };
  const weights = readFileSync(path.join(modelDir, 'weights.bin'));
  const model = decodeDktModel(JSON.parse(readFileSync(path.join(modelDir, 'model.json'), 'utf8')), weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength));
  return {
    stepper: new DktStepper(model),
    skillIds: metadata.skillIds,
    estimateLines: metadata.estimateLines ? new Map(Object.entries(metadata.estimateLines)) : undefined,
    metadata,
  };
}

/** Every answered step the model took: the answered skill's prediction before and after. */
export interface ModelStepLog {
  correct: boolean;
  before: number;
  after: number;
}

/** The shipped DKT as a practice session's model; `log` receives each real (not rebuilt) step. */
export function dktPracticeModel(shipped: ShippedModel, log?: ModelStepLog[]): PracticeModel {
  const { stepper, skillIds } = shipped;
  const index = new Map(skillIds.map((id, i) => [id, i]));
  let state = stepper.initialState();
  let predictions = stepper.predict(state);
  const toMap = (p: Float32Array) => new Map(skillIds.map((id, i) => [id, p[i]!]));
  return {
    engine: 'dkt',
    ...(shipped.estimateLines ? { estimateReach: shipped.estimateLines } : {}),
    async rebuild(history: readonly PracticeAnswer[]) {
      state = stepper.initialState();
      for (const answer of history) {
        const i = index.get(answer.skillId);
        if (i !== undefined) state = stepper.step(state, i, countsAsCorrect(answer)).state;
      }
      predictions = stepper.predict(state);
      return toMap(predictions);
    },
    async step(answer: PracticeAnswer) {
      const i = index.get(answer.skillId)!;
      const before = predictions[i]!;
      ({ state, predictions } = stepper.step(state, i, countsAsCorrect(answer)));
      log?.push({ correct: countsAsCorrect(answer), before, after: predictions[i]! });
      return toMap(predictions);
    },
    async predictIfAnswered(skillId: string, correct: boolean) {
      return toMap(stepper.step(state, index.get(skillId)!, correct).predictions);
    },
  };
}

/** A response the item marks wrong (and can read), for the always-wrong learner. */
export function wrongResponse(item: Item): LearnerResponse {
  const candidates: LearnerResponse[] = [];
  if (item.type === 'multiple-choice') candidates.push(...item.choices.filter((c) => !item.correct.includes(c.id)).map((c) => [c.id]));
  if (item.type === 'ordering') candidates.push([...item.entries.map((e) => e.id)].reverse(), item.entries.map((e) => e.id));
  candidates.push('987654321', '97/89', '=987654321', 'zzzz', '0', '1');
  for (const candidate of candidates) {
    const result = checkAnswer(item, candidate);
    if (!result.unreadable && !result.correct) return candidate;
  }
  throw new Error(`No wrong response found for item ${item.id}`);
}

/** The guesser: a random choice on choice items (multiple choice, ordering), wrong on typed ones. */
export function guessResponse(item: Item, random: () => number): LearnerResponse {
  if (item.type === 'multiple-choice') return [item.choices[Math.floor(random() * item.choices.length)]!.id];
  if (item.type === 'ordering') {
    const ids = item.entries.map((e) => e.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    return ids;
  }
  return wrongResponse(item);
}

export const rightResponse = (item: Item): LearnerResponse => expectedResponse(item);

/** A blind guess's chance on an item: what a simulated learner's guess floor is on it. */
export function guessFloor(item: Item): number {
  if (item.type === 'multiple-choice') return item.correct.length === 1 ? 1 / item.choices.length : 0;
  return 0;
}

/** The pack as the app reads it (built by content:build). */
export function readBuiltPack(repoRoot: string, packId: string): Pack {
  return JSON.parse(readFileSync(path.join(repoRoot, 'content', 'packs', `${packId}.json`), 'utf8')) as Pack;
}
