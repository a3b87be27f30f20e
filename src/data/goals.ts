/** Learner goals ("reach proficient in fractions by June"). */
import { newId, type WayfindDb } from './db.ts';
import type { Goal } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewGoal = Omit<Goal, 'id' | 'createdAt' | 'completedAt'>;

export async function addGoal(db: WayfindDb, input: NewGoal, now = Date.now()): Promise<Goal> {
  const goal: Goal = { ...input, id: newId(), createdAt: now, completedAt: null };
  await guardQuota('the goal', () => db.goals.add(goal));
  return goal;
}

/** The learner's goals, newest first. */
export function listGoals(db: WayfindDb, learnerId: string): Promise<Goal[]> {
  return db.goals
    .where('[learnerId+createdAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .toArray();
}

export async function updateGoal(db: WayfindDb, id: string, changes: Partial<NewGoal>): Promise<void> {
  await guardQuota('the goal', () => db.goals.update(id, changes));
}

export async function completeGoal(db: WayfindDb, id: string, now = Date.now()): Promise<void> {
  await guardQuota('the goal', () => db.goals.update(id, { completedAt: now }));
}

export function deleteGoal(db: WayfindDb, id: string): Promise<void> {
  return db.goals.delete(id);
}
